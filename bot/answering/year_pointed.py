"""A follow-up that points at the year of what the conversation last talked about: "later that year", "that same year".

    after "when was the hague pledge conference?" (16-17 May 2024):
    "and the conference in london later that year, when was that?" -> "and the conference in london in 2024, when was that?"
    "what else happened that same year"                            -> "what else happened in 2024"
    "anything earlier that year?"                                  -> "anything in 2024?"

Answered alone, "later that year" names no year, and the words are read as part of a name nothing matches. The year
is the subject event's (its first day) or the day a quote was said. Pure; a message without "year" pays one
substring test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup

_THAT_YEAR = lazy_pattern(r"\b(?:(?:later|earlier|sometime|also) )?(?:in )?(?:that|the) same year\b"
                          r"|\b(?:(?:later|earlier|sometime) )?(?:in )?that (?:same )?year\b|\blater in (?:that|the) year\b")

_A_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")


def with_year_pointed(lookup: Lookup, text: str, subject: ItemRef | None) -> str:
    """``text`` with "later that year", "that same year" ... read as "in <the subject's year>"; else ``text``."""
    if subject is None or "year" not in text or not (match := _THAT_YEAR.search(text)) or _A_YEAR.search(text):
        return text  # "a w 2023? where was the pledge conference that year": the year the message names
    year = _year_of(lookup.item(subject))
    return f"{text[: match.start()]}in {year}{text[match.end():]}" if year else text


def _year_of(item) -> int | None:
    """The year an event started in or a quote was said in; None for anything else."""
    when = getattr(item, "when", None)
    said = getattr(item, "said", None)
    start = getattr(when, "start", None) or said
    return getattr(start, "year", None)
