"""The chat sentences of the answers about a whole conference series (``topics/series_tables.py``).

Beside ``messages.py`` (which is full), in the same style: pure functions of the
values the topic module passes in, plain sentences, no platform names.
"""

from __future__ import annotations

from collections.abc import Sequence

from .mentions import ANNUAL_SERIES, PLEDGE_SERIES
from .phrasing import join_words

_PLURAL = {PLEDGE_SERIES: "Cyber Defence Pledge Conferences", ANNUAL_SERIES: "annual NATO Cyber Defence Conferences"}
_SHORT = {PLEDGE_SERIES: "Pledge Conference", ANNUAL_SERIES: "annual Cyber Defence Conference"}


def plural_name(series: str) -> str:
    return _PLURAL.get(series, f"{series}s")


def short_name(series: str | None) -> str:
    return _SHORT.get(series or "", series or "")


def editions(count: int, series: str, bound: str, places: Sequence[str]) -> str:
    """"5 Cyber Defence Pledge Conferences in the knowledge up to 2024: Paris, London, Tallinn, Rome and The Hague"."""
    if not count:
        return f"The knowledge records no {series} {bound}".rstrip()
    limit = f" {bound}" if bound else ""
    series = series.replace("Conferences", "Conference") if count == 1 else series
    return f"{count} {series} in the knowledge{limit}: {join_words(places)}"


def no_edition_in(years: str, named: Sequence[str]) -> str:
    noun = " or ".join(short_name(s) for s in named)
    return f"The knowledge records no {noun} in {years}."


def editions_line(events: Sequence) -> str:
    """"3 editions: Berlin 2023, London 2024 and Tirana 2025."."""
    if not events:
        return "No editions in the knowledge."
    held = join_words(f"{e.city or e.country or '?'} {e.when.start.year}" for e in events)
    return f"{len(events)} edition{'s' if len(events) != 1 else ''}: {held}."


def two_series(starts: Sequence[tuple[str, str]]) -> str:
    """"No: two different series. The Cyber Defence Pledge Conferences began in Paris, 15 May 2018; the annual ..."."""
    began = "; ".join(f"the {name} began in {start}" for name, start in starts)
    return f"Two different series: {began}"


def edition_of(name: str, position: int, series: str) -> str:
    """"NATO Cyber Defence Pledge Conference 2022 was edition 4 of the Cyber Defence Pledge Conference series"."""
    return f"{name} was edition {position} of the {series} series"


def average_gap(series: str, days: int, gaps: int, first: str, last: str) -> str:
    """"The annual NATO Cyber Defence Conferences came on average 350 days (about 11 months) apart: 2 gaps, Berlin (…) to Tirana (…)"."""
    months = round(days / 30.44)
    return (f"The {series} came on average {days} days (about {months} month{'s' if months != 1 else ''}) apart: "
            f"{gaps} gap{'s' if gaps != 1 else ''}, {first} to {last}")


def one_gap(first: str, then: str, days: int) -> str:
    """"Berlin (9 November 2023) to London (25 November 2024): 382 days"."""
    return f"{first} to {then}: {days} days"


def host_places(count: int, what: str, series: str, places: str) -> str:
    """"3 countries have hosted the annual NATO Cyber Defence Conferences: Germany, United Kingdom and Albania"."""
    noun = what if count != 1 else {"countries": "country", "cities": "city"}[what]
    return f"{count} {noun} {'have' if count != 1 else 'has'} hosted the {series} in the knowledge: {places}"
