"""A person taking up or leaving a role, as one side of "which came first".

    "what came first - rutte becoming sg or the london cyber conference"
        -> "Mark Rutte becoming NATO Secretary General came first (1 October 2024); NATO Cyber Defence Conference 2024 followed (...)"

The day is the role's recorded start (or end, for "leaving"); a role with no date, or a person or role not in
the knowledge, names no moment, and the comparison says what it could not find. Pure.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ...knowledge.model import FuzzyDate, Person
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import event_messages
from ..lookup import Lookup
from ..parse import MONTHS
from .interval_sides import founding_decision
from ..phrasing import item_refs, source_refs
from ..search import normalize

_MOMENT = lazy_pattern(r"^(?:the )?(?P<who>(?:\S+ ){0,3}?\S+?)(?: s)? (?P<verb>becoming|became|become|taking over as|took over as|take over as|appointed as"
                       r"|appointed|being appointed|named|being named|starting as|started as|appointment as|appointment|start as|leaving office as|leaving as|leaving|left as|left|stepping down as"
                       r"|stepped down as|departure as|exit as|taking over|took over|take over|taking office|took office|starting|started|stepping down|stepped down)"
                       r"(?: (?:the )?(?:nato )?(?P<role>.+))?$")
#: The day a person's own text says they were appointed: "NATO Secretary General since ... (appointed on 26 June 2024)".
_APPOINTED_ON = lazy_pattern(r"\b(?:appointed|named|chosen|selected) (?:on )?(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+) (?P<year>\d{4})\b")
_AGREED = lazy_pattern(r"\b(?:agreed|decided|approved|endorsed)\b")
_APPOINTED = ("appointed", "being appointed", "named", "being named", "appointment as", "appointment", "appointed as")


class Moment(NamedTuple):
    """A person's start or end in a role: who, what it is called ("Mark Rutte becoming ..."), and its day."""

    person: Person
    label: str
    date: FuzzyDate


def role_moment(lookup: Lookup, part: str, today: dt.date) -> Moment | None:
    """The moment ``part`` (normalised) names: "rutte becoming secretary general"; else None."""
    match = _MOMENT.match(part)
    if match is None:
        return None
    people = lookup.named(match["who"], on=today).people
    if len(people) != 1:
        return None
    person, asked = people[0], normalize(match["role"] or "")
    started = [r for r in person.roles if r.start is not None]
    role = next((r for r in person.roles if asked in normalize(r.title) or any(asked == normalize(a) for a in r.aliases)), None) if asked else (
        max(started, key=lambda r: r.start.first_day()) if started else None)  # "rutte took over": the latest role taken up
    leaving = match["verb"].startswith(("leav", "left", "stepp", "depart", "exit"))
    if match["verb"] in _APPOINTED and (appointed := _appointed_on(person)) is not None:
        return Moment(person, f"{person.name} appointed{f' {role.title}' if role else ''}", appointed)  # before taking office
    date = None if role is None else role.end if leaving else role.start
    if date is None:
        return None
    return Moment(person, f"{person.name} {'leaving' if leaving else 'becoming'} {role.title}", date)


def _appointed_on(person: Person) -> FuzzyDate | None:
    """The day the person's own summary says they were appointed, or None."""
    found = _APPOINTED_ON.search(person.summary or "")
    month = MONTHS.get(found["month"].lower()) if found else None
    return FuzzyDate(int(found["year"]), month, int(found["day"])) if month else None


def compare_with_moments(lookup: Lookup, found: list[tuple[str, object]], today: dt.date, order: str | None, when, *, either: bool = False) -> Reply | None:
    """"which came first" with a person's moment among the sides: each side's day, the earlier first (``either``: "was A
    before or after B", said of A first); None unless every side is found (an entry, or a moment) and two are compared."""
    sides = []
    for part, entry in found:
        entry = _AGREED.search(part) and founding_decision(lookup, entry) or entry  # "was the nicc agreed before ...": the decision
        if entry is not None:
            start = entry.when.start if hasattr(entry, "when") else getattr(entry, "date", None) or getattr(entry, "established", None)
            sides.append((entry.name, when(entry), start, entry))
        elif (moment := role_moment(lookup, part, today)) is not None:
            sides.append((moment.label, str(moment.date), moment.date, moment.person))
        else:
            return None
    if len(sides) != 2 or any(side[2] is None for side in sides):
        return None
    asked, other = sides[0], sides[1]
    sides.sort(key=lambda side: side[2].first_day())
    (first, when_first, _, _), (then, when_then, _, _) = sides
    later = order in ("later", "newer", "newest", "more recent")
    title = (event_messages.came_later if later else event_messages.came_first)(first, when_first, then, when_then)
    if either:
        a, b = asked[2].first_day(), other[2].first_day()
        title = event_messages.relative_to(asked[0], "before" if a < b else "after" if a > b else "at the same time as", other[0], title)
    items = [side[3] for side in sides]
    blocks = tuple(Block(when_side, style="item", heading=name) for name, when_side, _, _ in sides)
    return Reply("answer", title, blocks=blocks, items=item_refs(items), sources=source_refs(lookup.knowledge, items))
