"""Which of a kind came first, last or next, asked with the order word at the end, put as the routes know it.

    "which summit came first"                  -> "which was the first summit"
    "which pledge conference was the last one" -> "which was the last pledge conference"
    "what came next after the hague conference" -> "what came after the hague conference"

Pure; tried only when an order word is in the question.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .list_order import sorted_asked
from .normalizing import word_set

_CUES = frozenset("first last latest earliest next".split())
_KIND_THEN_ORDER = lazy_pattern(
    r"^(?:which|what) (?P<kind>(?:[a-z]+ ){0,3}?(?:conference|summit|meeting|exercise|event|gathering|pledge|decision|edition)s?)"
    r" (?:came|come|comes|was|is|were|happened|took place|has been|had been)(?: the)? (?P<order>first|last|latest|earliest|most recent)(?: one)?(?: of (?:them|all))?$"
)
_NEXT_AFTER = lazy_pattern(r"\b(came|comes|come|was|is|happened) next after\b")


def in_order_asked(text: str) -> str:
    """``text`` (normalised) with an order asked of a kind put the way the routes know; else unchanged."""
    text = sorted_asked(text)  # "sort the summits by date": list them (``list_order``)
    if _CUES.isdisjoint(word_set(text)):
        return text
    if asked := _KIND_THEN_ORDER.match(text):
        return f"which was the {asked['order']} {asked['kind'].removesuffix('s')}"  # "which summits came first": the first
    return _NEXT_AFTER.sub(r"\1 after", text)
