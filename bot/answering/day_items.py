"""What a day holds besides the digest's day index (events, pledges, quotes): initiatives and articles.

An initiative counts on the day it was established or announced ("established: 2024-07-10": the NICC,
agreed at the Washington summit), an article (a seed source) on the day it was published. Only dates known
to the day count. A programme that began with one of its own events on that event's first day is left out:
the event stands for it ("the NATO Cyber Defence Conference series" began with the Berlin conference); so does
a pledge of that day that names the initiative (``named_by``: the reply names both).

Built once per knowledge load (``per_load``): (month, day) -> the entries of that day, newest first.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .lookup import Lookup
from .per_load import PerLoad, per_load


class DayEntry(NamedTuple):
    """One dated thing: ``kind`` is "initiative" or "article", ``item`` the Initiative or Source."""

    kind: str
    item: object
    day: dt.date


_BY_DAY = PerLoad("day_items.by_day")
_NAMED_BY = PerLoad("day_items.named_by")


def named_by(lookup: Lookup, pledge) -> tuple:
    """The initiatives a pledge of their own day names: "Establishment of the NATO Integrated Cyber Defence Centre"."""
    return per_load(_NAMED_BY, lookup, _build_named_by).get(pledge.id, ())


def build(lookup: Lookup) -> None:
    """Build both indexes now (at load), not on a question's time."""
    per_load(_BY_DAY, lookup, _build)
    per_load(_NAMED_BY, lookup, _build_named_by)


def _build_named_by(lookup: Lookup) -> dict[str, tuple]:
    knowledge = lookup.knowledge
    return {p.id: found for p in knowledge.pledges.values()
            if (found := tuple(i for i in knowledge.initiatives.values() if _agreed_as_a_pledge(knowledge, i, p.date.as_date())))}


def entries_on(lookup: Lookup, month_days) -> list[DayEntry]:
    """The initiatives and articles dated to any of ``month_days`` ((month, day) pairs), newest first."""
    index = per_load(_BY_DAY, lookup, _build)
    return [entry for month_day in month_days for entry in index.get(month_day, ())]


def _build(lookup: Lookup) -> dict[tuple[int, int], list[DayEntry]]:
    knowledge = lookup.knowledge
    days: dict[tuple[int, int], list[DayEntry]] = {}
    for initiative in knowledge.initiatives.values():
        day = initiative.established.as_date() if initiative.established else None
        if day is None or _began_with_an_event(knowledge, initiative, day) or _agreed_as_a_pledge(knowledge, initiative, day):
            continue
        days.setdefault((day.month, day.day), []).append(DayEntry("initiative", initiative, day))
    for source in knowledge.sources.values():
        day = source.published.as_date() if source.seed and source.published else None
        if day is not None:
            days.setdefault((day.month, day.day), []).append(DayEntry("article", source, day))
    for entries in days.values():
        entries.sort(key=lambda entry: -entry.day.toordinal())
    return days


def _agreed_as_a_pledge(knowledge, initiative, day: dt.date | None) -> bool:
    """A pledge of that day names it ("Establishment of the NATO Integrated Cyber Defence Centre"): the pledge stands for it."""
    if day is None or not initiative.established or initiative.established.as_date() != day:
        return False
    name = initiative.name.lower()
    return any(p.date.as_date() == day and name in p.name.lower() for p in knowledge.pledges.values())


def _began_with_an_event(knowledge, initiative, day: dt.date) -> bool:
    events = knowledge.events
    return initiative.kind == "programme" and any(e in events and events[e].when.start.as_date() == day for e in initiative.events)
