"""Several entries named in a list, asked for in date order: each with its date, the earliest first.

    "sort chronologically: Vilnius summit, Warsaw summit, Washington summit, Wales summit"
        -> "In date order: NATO Wales Summit 2014 (4–5 September 2014), NATO Warsaw Summit 2016 (...), ..."
    "rank by date: Rome pledge conf, Tirana conf, Stoltenberg's 'time to raise our game' op-ed" -> the op-ed (2016) first
    "put these in chronological order - the nicc, the pledge, the wales policy"                 -> the policy, the pledge, the nicc

An entry the knowledge does not hold is said so first, never replaced by its nearest neighbour; the others follow
in order. Tried only when an order word is typed ("chronolog", "date order", "by date", "oldest first").
"""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import terse_messages as say
from ..lookup import Lookup
from ..phrasing import item_refs, join_words, source_refs
from ..search import normalize
from ..shorthand import SHORTHAND
from .comparisons import entry_named, start_of
from .events import event_line

_CUES = ("chronolog", "date order", "by date", "by year", "time order", "oldest first", "earliest first", "oldest to newest", "earliest to latest")
_SORT_ASKED = lazy_pattern(
    r"^\s*(?:please |pls |can you |could you )?(?:sort|order|rank|arrange|put|list|line up)(?: (?:these|them|the following|this|the list|my list|the items))?"
    r"(?: (?:in|into))?(?: (?:chronological|date|time) order| chronologically| by (?:date|year|time)| oldest (?:to newest|first)| from oldest to newest"
    r"| earliest (?:to latest|first))(?: please| pls)?\s*[:\u2013\u2014-]+\s*(?P<items>\S.*?)[?.!\s]*$", re.IGNORECASE)
_SPLIT = lazy_pattern(r"\s*[,;]\s*(?:and |or )?|\s+(?:and|or|then)\s+")


def answer_date_order(lookup: Lookup, typed: str, today: dt.date) -> Reply | None:
    """The entries ``typed`` lists, oldest first, when it asks for them in date order; else None."""
    lowered = typed.lower()
    if not any(cue in lowered for cue in _CUES) or (asked := _SORT_ASKED.match(typed)) is None:
        return None
    parts = [p for p in _SPLIT.split(asked["items"]) if p.strip()]
    if len(parts) < 2:
        return None
    found = [(part, entry_named(lookup, " ".join(SHORTHAND.get(w, w) for w in normalize(part).split()), today)) for part in parts]
    entries = list(dict.fromkeys(e for _, e in found if e is not None and start_of(e) is not None))
    missing = [part.strip() for part, entry in found if entry is None]
    if len(entries) < 2 and not missing:
        return None
    entries.sort(key=lambda e: start_of(e).first_day())
    title = say.in_date_order(join_words(e.name for e in entries)) if not missing else say.not_in_knowledge(missing[0])
    blocks = tuple(event_line(e) if isinstance(e, Event) else Block("", style="item", heading=f"{start_of(e)} — {e.name}") for e in entries)
    return Reply("answer" if not missing else "not_found", title, blocks=blocks, items=item_refs(entries),
                 sources=source_refs(lookup.knowledge, entries), suggestions=("events",))
