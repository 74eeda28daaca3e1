"""What a reply says when the gathering asked for is not where or what the question put it, and the one meant follows:
the miss first ("I have no summit in Tirana; ..."), then the gathering that was there, then the answer asked of it."""

from __future__ import annotations


def held_elsewhere(series: str, year: int, event: str, where: str, wrong: str, answer: str) -> str:
    """"I have no Cyber Defence Pledge Conference in Madrid in 2019; the 2019 one, Cyber Defence Pledge Conference 2019,
    was in London, United Kingdom: <the answer asked of it>": the miss said first, the edition that was after it."""
    return f"I have no {series} in {wrong} in {year}; the {year} one, {event}, was in {where}: {answer}"


def other_kind_there(kind: str, where: str, event: str, its_kind: str, answer: str) -> str:
    """"I have no summit in Tirana; the gathering there was NATO Cyber Defence Conference 2025, a conference: <the answer>"."""
    return f"I have no {kind} {where}; the gathering there was {event}, a {its_kind}: {answer}"


def city_elsewhere(kind: str, where: str, country: str, event: str, city: str, answer: str) -> str:
    """"I have no conference in Amsterdam in 2024; the one in the Netherlands was NATO Cyber Defence Pledge Conference 2024,
    in The Hague: <the answer>"."""
    return f"I have no {kind} {where}; the one in {country} was {event}, in {city}: {answer}"


def held_then(miss: str, event: str, when: str, answer: str) -> str:
    """"I have no summit in Vilnius on 12 August 2023; NATO Vilnius Summit 2023 was 11–12 July 2023: <the answer>"."""
    return f"{miss}; {event} was {when}: {answer}"
