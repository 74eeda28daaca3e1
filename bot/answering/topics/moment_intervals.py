"""The time between two sides when one is a person's moment in a role: "between Rutte being appointed and him starting as SG".

    "rutte being appointed", "him actually starting as secretary general" -> 97 days: 26 June 2024 to 1 October 2024
    "rutte took over", "the tirana conference"                           -> from 1 October 2024 to 9 October 2025

A moment is what ``role_moments.role_moment`` reads (a role's recorded start or end, or the day the person's own text
says they were appointed); "him", "her" on the second side are the person of the first. Pure over the look-ups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...reply import Field, Reply
from .. import terse_messages as say
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs
from .role_moments import role_moment

_PRONOUNS = frozenset("him her he she his them they".split())
_HEDGES = frozenset("actually really finally officially formally then eventually".split())


def answer_moment_interval(lookup: Lookup, x: str, y: str, unit: str | None, today: dt.date, dated: Callable, span_text: Callable) -> Reply | None:
    """The time between ``x`` and ``y`` when either is a person's moment in a role (``dated`` dates any other side as
    (entry, FuzzyDate, when text)); None when neither is, or a side is not found."""
    x, y = _plain(x), _plain(y)
    first = role_moment(lookup, x, today)
    if first is not None and y.split()[:1] and y.split()[0] in _PRONOUNS:
        y = " ".join([first.person.name.lower(), *y.split()[1:]])  # "... and him starting as sg": the same person
    second = role_moment(lookup, y, today)
    if first is not None and second is None:  # "between rutte being appointed and actually starting as sg": the same person
        second = role_moment(lookup, f"{first.person.name.lower()} {y}", today)
    if first is None and second is None:
        return None
    sides = [(m.person, m.date, m.label, str(m.date)) if m is not None else dated(words) for m, words in ((first, x), (second, y))]
    if any(side is None for side in sides):
        return None
    (a, a_date, a_name, a_when), (b, b_date, b_name, b_when) = sorted(sides, key=lambda side: side[1].first_day())
    entries = list(dict.fromkeys([a, b]))
    return Reply("answer", say.time_between(span_text(a_date, b_date, unit), a_when, a_name, b_when, b_name),
                 fields=(Field(a_name, a_when), Field(b_name, b_when)), items=item_refs(entries), sources=source_refs(lookup.knowledge, entries))


def _plain(side: str) -> str:
    """"him actually starting as sg" -> "him starting as sg"."""
    return " ".join(w for w in side.split() if w not in _HEDGES)
