"""How much time lies between two events: "how many days between the hague conference and the washington summit".

    "how many years between rome and tirana"            -> From Rome 2022 to Tirana 2025: 2 years and 11 months
    "how long between the berlin and tirana conferences" -> From Berlin 2023 to Tirana 2025: 1 year and 11 months
    "how many days between X and Y"                      -> the same, in days (in the unit asked)

Counted from the start of the earlier event to the start of the later one. An event the knowledge lacks is said
so, never replaced by a near one. "Which conference came between X and Y" asks for events: ``between``.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event, Pledge
from ...patterns import lazy_pattern
from ...reply import Field, Reply
from ..phrasing import item_refs, source_refs, when_text
from ..lookup import Lookup
from .named_event import NAMED_OUTRIGHT, event_named

_ASKED = lazy_pattern(
    r"^(?:how (?:many (?P<unit>days|weeks|months|years)|much time|long)|what (?:was|is|s) the (?:gap|time|interval|time gap|time span)"
    r"|(?:the )?(?:gap|time) )(?: (?:passed|elapsed|went by|was there|were there|is there|are there|lay|lies|was it|is it|separated?))?"
    r" between (?P<first>.+?) (?:and|&) (?P<second>.+?)$"
)
_NOUNS = frozenset("conferences conference summits summit confs conf events event meeting meetings".split())
_PLURALS = (" conferences", " summits", " confs", " events", " meetings")


def answer_time_between(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The time between the two events ``question`` (normalised) names, or None when it asks something else."""
    if "between" not in question.split() or (match := _ASKED.match(question)) is None:
        return None
    first, second = match["first"], match["second"]
    if second.endswith(_PLURALS):  # "the berlin and tirana conferences"
        second = second.removesuffix("s")
    found = [_dated(lookup, first, today), _dated(lookup, second, today)]  # each must meet its place, year, series
    _, *tail = second.removeprefix("the ").split()
    if found[0] is None and len(first.removeprefix("the ").split()) == 1 and tail:  # "the first and the fifth pledge conference"
        first = f"{first} {' '.join(tail)}"  # the noun is both ones'
        found[0] = _dated(lookup, first, today)
    if None in found:
        missing = first if found[0] is None else second
        return Reply("not_found", f"I have no single event “{missing}” to count from.", suggestions=("events",))
    (earlier, start, said), (later, end, said_later) = sorted(found, key=lambda f: f[1])
    if earlier is later:
        return None
    title = f"From {earlier.name} to {later.name}: {span(start, end, match['unit'])}"
    fields = (Field(earlier.name, said), Field(later.name, said_later))
    return Reply("answer", title, fields=fields, items=item_refs([earlier, later]), sources=source_refs(lookup.knowledge, [earlier, later]))


def _dated(lookup: Lookup, text: str, today: dt.date) -> tuple[Event | Pledge, dt.date, str] | None:
    """The event or pledge ``text`` names, the day it started and its dates as shown; None for none or several."""
    if event := event_named(lookup, text, today):
        return event, event.when.start.first_day(), when_text(event.when)
    words = set(text.split())
    if "pledge" not in words or not words.isdisjoint(_NOUNS):  # "the pledge", not "the oslo (pledge) conference"
        return None
    pledge = lookup.best(text, ("pledge",), min_coverage=NAMED_OUTRIGHT)
    return (pledge, pledge.date.first_day(), str(pledge.date)) if pledge is not None else None


def span(start: dt.date, end: dt.date, unit: str | None) -> str:
    """The time from ``start`` to ``end`` in ``unit`` ("days", "weeks", "months", "years"), else in years and months."""
    days = (end - start).days
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    if unit == "days":
        return _count(days, "day")
    if unit == "weeks":
        return _count(days // 7, "week") + (f" and {_count(days % 7, 'day')}" if days % 7 else "")
    if unit == "months":
        return _count(months, "month")
    if months < 12 and unit != "years":
        return _count(days, "day")
    years, rest = divmod(months, 12)
    return _count(years, "year") + (f" and {_count(rest, 'month')}" if rest else "")


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}{'' if n == 1 else 's'}"
