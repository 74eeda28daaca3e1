"""Which of two gatherings had more speakers, counted from those the knowledge records at each.

    "which had more speakers, rome or the hague"  -> The Hague: 4 speakers recorded (Rome: 2)
    "rome vs berlin - more speakers at which?"     -> the same count, either way round

Only speakers recorded as such are counted (not everyone who took part), and the reply says so. Tried only when the
question holds "speakers" with "more", "most", "fewer" or "less".
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..mentions import find_mentions
from ..phrasing import event_label, item_refs, join_words, source_refs
from ..normalizing import normalize, word_set
from .held_event import held_event

_CUES = frozenset("more most fewer less".split())
_ASKS = lazy_pattern(r"\b(?:more|most|fewer|less) (?:speakers|people speaking|speeches)\b")
_SPLIT = lazy_pattern(r"\s*(?:,|\bor\b|\bvs\b|\bversus\b|\band\b|\bthan\b)\s*")
_FILLER = frozenset("which one had has did have more most fewer less speakers speeches people speaking the at of in".split())


def answer_more_speakers(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The two gatherings named (in ``question``, or in ``text`` as typed: "rome or the hague - which had more speakers?"),
    the one with more recorded speakers first; None for other questions."""
    if _CUES.isdisjoint(word_set(question)) or not _ASKS.search(question):
        return None
    parts = _two_named(question)
    if len(parts) != 2 and len(parts := _two_named(normalize(text))) != 2:
        return None
    found = [held_event(lookup, p, find_mentions(lookup, p, today)) for p in parts]
    if not all(isinstance(e, Event) for e in found) or found[0].id == found[1].id:
        return next((f for f in found if isinstance(f, Reply)), None)  # "rome or madrid": no event in Madrid
    ranked = sorted(found, key=lambda e: -len(e.speakers))
    people = lookup.knowledge.people
    blocks = tuple(Block(f"{event_label(e)}: {len(e.speakers)} recorded ({join_words(people[p].name for p in e.speakers if p in people)})")
                   for e in ranked)
    first, second = ranked
    title = (f"{first.name} had more speakers recorded ({len(first.speakers)}) than {second.name} ({len(second.speakers)})"
             if len(first.speakers) != len(second.speakers) else f"Both had {len(first.speakers)} speakers recorded")
    return Reply("answer", title, blocks=blocks, items=item_refs(ranked), sources=source_refs(lookup.knowledge, ranked),
                 suggestions=tuple(f"event {e.name}" for e in ranked))


def _two_named(words: str) -> list[str]:
    return [p for p in (" ".join(w for w in part.split() if w not in _FILLER) for part in _SPLIT.split(words)) if p]
