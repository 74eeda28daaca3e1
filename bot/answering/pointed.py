"""What "that" in "surely A predates that?" stands for: the entry the sentence before names.

    "the tirana conference was in october 2025"                   -> "the tirana conference" (the rest only dates it)
    "a chap claims nato s first ever cyber conference was berlin 2023" -> "berlin 2023" (what the claim says it was)

Pure; read only when a comparison's second part is a bare pointer (``topics.comparisons``).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .parse import MONTHS

#: Words that point back at the sentence before.
POINTERS = frozenset("that this it them those these".split())
_CLAIMED = lazy_pattern(r" (?:was|is|were|are) ")
_DATE_WORDS = frozenset("in on at of the early late mid".split())


def pointed_at(sentence: str) -> str:
    """The part of ``sentence`` (normalised) that names what a later "that" points at."""
    *before, after = _CLAIMED.split(sentence)
    only_dated = all(w.isdigit() or w in MONTHS or w in _DATE_WORDS for w in after.split())
    return " ".join(before) if before and only_dated else after
