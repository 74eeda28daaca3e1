"""Facts of an event claim finer than its year and place: the days claimed, and the building; the year someone is claimed to have spoken.

    "the rome conference was held 8 9 november 2022"          -> not its days (9–10 November 2022)
    "the 2022 conference took place at the italian defence ministry" -> not its venue (the Farnesina, the foreign ministry)
    "stoltenberg spoke at the rome pledge conference on 10 nov 2023" -> the Rome conference, not of 2023 (9–10 November 2022)

Each adds its finding to the claim's ``Findings``; pure.
"""

from __future__ import annotations

import datetime as dt
from contextlib import suppress

from ...knowledge.model import DateSpan, Event
from ...patterns import lazy_pattern
from ..mentions import find_month, find_series, find_year
from ..parse import MONTHS
from ..phrasing import when_text
from ..places import places_in
from ..search import normalize
from .claim_people import Findings

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # "8 9 nov 2023" too
#: Days with their month: "9 10 november", "9 and 10 november", "november 9 10", "on the 9th of november".
_DAYS = lazy_pattern(
    rf"\b(?P<a>\d{{1,2}})(?:st|nd|rd|th)?(?: (?:and|to|till|until|through|or) | )?(?:(?P<b>\d{{1,2}})(?:st|nd|rd|th)? )?(?:of )?(?P<month>{_MONTH})\b"
    rf"|\b(?P<month2>{_MONTH}) (?P<c>\d{{1,2}})(?:st|nd|rd|th)?(?:(?: and| to| till| until| through| or)? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?\b(?! \d\d?\b)"
)
_ISO = lazy_pattern(r"\b(?P<y>(?:19|20)\d\d) (?P<m>\d\d) (?P<d>\d\d)\b")
#: "10.11.2023", "09/11/2023" (normalised "10 11 2023"): day first, as parse reads them, unless the day is over 12.
_DMY = lazy_pattern(r"\b(?P<d>\d{1,2}) (?P<m>\d{1,2}) (?P<y>(?:19|20)\d\d)\b")
#: Words naming a building by what it houses: "the italian defence ministry", "the foreign office".
_BUILDING = frozenset("ministry ministries office headquarters hq building palace hotel centre center venue embassy parliament".split())
_HOUSES = frozenset("defence defense foreign interior justice economy finance digital affairs war".split())


def claimed_days(predicate: str, year: int | None) -> list[dt.date]:
    """The days a claim names with their month ("9 10 november 2022"), in ``year`` (or the claim's ISO dates)."""
    days = [dt.date(int(m["y"]), int(m["m"]), int(m["d"])) for m in _ISO.finditer(predicate) if 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31]
    for m in _DMY.finditer(predicate):
        day, month = (int(m["d"]), int(m["m"])) if int(m["m"]) <= 12 else (int(m["m"]), int(m["d"]))
        with suppress(ValueError):
            days.append(dt.date(int(m["y"]), month, day))
    if year is None:
        return days
    for match in _DAYS.finditer(predicate):
        month = MONTHS[match["month"] or match["month2"]]
        for day in filter(None, (match["a"], match["b"], match["c"], match["d"])):
            try:
                days.append(dt.date(year, month, int(day)))
            except ValueError:
                continue
    return days


def undated(predicate: str) -> str:
    """A claim's words naming a place, without the year and days it puts ("at the rome conference | on 10 nov 2023"): the
    event it means when no event of that date is there; "" when it names no place (then no event is looked up)."""
    if not places_in(predicate):
        return ""
    return " ".join(w for w in predicate.split() if not w.isdigit() and w not in MONTHS and w not in _DATE_GLUE)


def check_event_dates(when: DateSpan, predicate: str, fact: str, found: Findings) -> None:
    """"the hague conference took place in 2023", "... in october 2022", "... on 8 9 november", "the pledge was agreed on
    9 july": the dates of an event, a pledge or anything dated; ``fact`` says what they are."""
    if (year := find_year(predicate)) is not None:
        found.add(when.start.year <= year <= (when.end or when.start).year, fact)
    if (month := find_month(predicate)) is not None and when.start.month is not None:  # "in october 2022": the month too
        found.add(month in (when.start.month, (when.end or when.start).month), fact)
    check_days(when, predicate, year, fact, found)


def check_series(event: Event, predicate: str, found: Findings) -> None:
    """"tirana 2025 was the cyber defence pledge conference": a series claimed that is not the event's own is wrong."""
    if not event.series or (claimed := find_series(predicate)) is None:
        return
    same = normalize(claimed) == normalize(event.series)
    found.add(same, f"{event.name} was part of the {event.series} series" + ("" if same else f", not the {claimed} series"))


#: A post claimed after "as" that the knowledge's roles did not resolve: "spoke at the hague as foreign minister".
_AS_POST = lazy_pattern(r" as (?:the |a |an |her |his )?(?P<post>(?:\S+ ){0,3}?(?:minister|secretary|chancellor|president|ambassador|general))\b")


def check_post(person, event: Event, predicate: str, found: Findings) -> None:
    """A post claimed with "as" ("as foreign minister") that none of the person's titles then holds makes the claim wrong."""
    if " as " not in predicate or (claimed := _AS_POST.search(predicate)) is None:
        return
    day = event.when.start.first_day()
    titles = [r.title for r in person.roles if r.start is None or r.held_on(day)] or [r.title for r in person.roles]
    asked = {"defence" if w == "defense" else w for w in claimed["post"].split()}
    holds = any(asked <= {"defence" if w == "defense" else w for w in normalize(t).split()} for t in titles)
    found.add(holds, f"{person.name} spoke at {event.name} as {' and '.join(titles)}")


def check_when(event: Event, predicate: str, found: Findings, person=None) -> None:
    """A year or days claimed for someone's part in ``event`` that are not its own make the claim wrong; so does a post
    claimed with "as" that the person did not hold (``check_post``)."""
    if person is not None:
        check_post(person, event, predicate, found)
    held = f"{event.name} was held {when_text(event.when)}"
    if (year := find_year(predicate)) is not None and not event.when.start.year <= year <= (event.when.end or event.when.start).year:
        found.add(False, held)
    elif year is not None:
        check_days(event.when, predicate, year, held, days := Findings())
        found.wrong += days.wrong  # only a day that is not the event's: the person's part says the rest


def before_date(claim: str) -> str:
    """The words of a claim without a verb before the date it puts: "tirana conference | october 2024" (all of it, if none)."""
    words = claim.split()
    at = len(words)
    while at > 1 and (words[at - 1].isdigit() or words[at - 1] in MONTHS or words[at - 1] in _DATE_GLUE):
        at -= 1
    return " ".join(words[:at])


_DATE_GLUE = frozenset("and to on in of the th st nd rd".split())


def check_days(when: DateSpan, predicate: str, year: int | None, fact: str, found: Findings) -> None:
    """"held 8 9 november 2022": every day claimed is one of the span's, or the claim is wrong."""
    if when.start.day is None:
        return
    days = claimed_days(predicate, year or when.start.year)
    if days:
        first, last = when.start.first_day(), (when.end or when.start).last_day()
        found.add(all(first <= day <= last for day in days), fact)


def _own_words(event: Event) -> set[str]:
    """The words of the venue's name that name it alone: "farnesina", not "ministry" or "of"."""
    return {w for w in normalize(event.venue or "").split() if len(w) > 3 and w not in _BUILDING and w not in _HOUSES
            and w not in _GENERIC}


_GENERIC = frozenset("international cooperation national federal state house hall with from".split())


def names_building(event: Event, predicate: str) -> bool:
    """Whether the claim puts the event in a building ("at the italian defence ministry", "at the farnesina"), not just a city."""
    words = set(predicate.split())
    return not _BUILDING.isdisjoint(words) or not _own_words(event).isdisjoint(words)


def check_venue(event: Event, predicate: str, held: str, found: Findings) -> None:
    """"at the italian defence ministry": the venue the knowledge records houses what the claim names, or it is wrong."""
    if not event.venue:
        return
    words = set(predicate.split())
    houses = {"defence" if w == "defense" else w for w in _HOUSES.intersection(words) - {"affairs"}}
    venue = set(normalize(event.venue).split())
    if houses:
        found.add(houses <= venue, held)
    elif not _own_words(event).isdisjoint(words):
        found.add(True, held)
