"""After an answer about a quote, another quote of the same speaker and occasion asked for by its topic.

    after Stoltenberg's Rome quote on recommitting
    "and the other quote from that speech, the one about peace and crisis?"
        -> "what did Jens Stoltenberg say in Rome about peace and crisis"
    after Stoltenberg's Berlin quote on not repeating a mistake
    "and the russia energy sentence just before it, its original wording?"
        -> "what was the original wording of the russia energy quote by Jens Stoltenberg"

Only a text that points at the same occasion ("the other quote", "from that speech", "just before it") and names a
topic is read so; the speaker and the place come from the last answer's quote. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_POINTS = lazy_pattern(r"\b(?:other|another|same)\b|\b(?:that|this) (?:speech|address|talk|article|piece|op ed|conference|event|remarks)\b"
                       r"|\b(?:just )?(?:before|after) (?:it|that|this)\b")
_NOUNS = frozenset("quote quotes quotation line lines sentence sentences passage bit part remark one".split())
_ABOUT = lazy_pattern(r"\b(?:about|on|regarding) (?P<topic>(?:(?!(?:what|which|how|was|is|can|could|did|and what)\b)\S+ ?)+)")
_NAMED = lazy_pattern(r"\bthe (?P<topic>(?:(?!(?:other|same|next|previous|that|this|one)\b)\S+ ){1,4}?)(?:sentence|line|quote|passage|bit|remark|part)\b")
_CLAUSE = lazy_pattern(r"[;?!]|\s[-\u2013\u2014]+\s|,(?= *(?:what|which|how|is|was|can|could|its|their|the original|original)\b)")
_WORDING = frozenset("original wording verbatim english exact transcript".split())


def same_speech(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """The question ``text`` asks of another quote by the speaker of the quote ``subject`` names, or None."""
    if subject.type != "quote":
        return None
    words = normalize(text)
    if _NOUNS.isdisjoint(words.split()) or not _POINTS.search(words):
        return None
    quote = lookup.item(subject)
    speaker = lookup.knowledge.people.get(getattr(quote, "speaker", "") or "")
    clauses = [normalize(c) for c in _CLAUSE.split(text)]
    match = next((m for c in clauses if (m := _ABOUT.search(c))), None) or next((m for c in clauses if (m := _NAMED.search(c))), None)
    if speaker is None or match is None or not (topic := match["topic"].strip()):
        return None
    if not _WORDING.isdisjoint(words.split()):
        return f"what was the original wording of the {topic} quote by {speaker.name}"
    event = lookup.knowledge.events.get(quote.event or "")
    where = f" in {event.city}" if event is not None and event.city else ""
    return f"what did {speaker.name} say{where} about {topic}"
