"""A year typed with two digits after a place or an event word, written out in full.

    "hague 24 dates"        -> "hague 2024 dates"
    "host country cdc 25"   -> "host country cdc 2025"
    "wales 14 cyber decision" -> "wales 2014 cyber decision"

Only after a place the knowledge can name or a word for an event, and only
when what follows is not a month, a unit or a count ("berlin 9 october",
"the summit 32 allies"): a bare number elsewhere stays as typed. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES
from .seasons import without_season

#: Words that name an event or a series: the number after them is its year.
_EVENT_WORDS = frozenset("cdc ncdc conference conf summit pledge exercise meeting mtg".split())
#: A two-digit number and the word before it; cheap test first.
_SHORT_YEAR = lazy_pattern(r"\b([a-z]+) (0[0-9]|[1-3][0-9])\b(?! (?:\d|(?:to|and|or|through|until|till) \d))(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)"
                           r"(?! (?:allies|members|nations|countries|states|years?|months?|days?|hours?|minutes?|people|percent|per cent|of)\b)")
_HAS_SHORT = lazy_pattern(r"\b\d\d\b")


def with_full_years(text: str) -> str:
    """``text`` (normalised) with "place 24" or "summit 24" read as the year 2024, and "autumn 2024" as 2024 (``seasons``)."""
    text = without_season(text)
    if not _HAS_SHORT.search(text):  # most questions: no two-digit number
        return text
    return _SHORT_YEAR.sub(_full, text)


def _full(match) -> str:
    word, digits = match[1], match[2]
    if word in PLACES or word in _EVENT_WORDS or word.endswith("conference"):
        return f"{word} 20{digits}"
    return match[0]
