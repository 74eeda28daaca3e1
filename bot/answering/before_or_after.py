""""Was X before or after Y" asks which came first: put as the comparison the routes read.

    "was the hague pledge conference before or after the london cyber defence conference"
        -> "which came first, the hague pledge conference or the london cyber defence conference"
    after "when was the hague pledge conference?" (``that`` = its name)
    "was that before or after the london cyber one"  -> "which came first, NATO Cyber Defence Pledge Conference 2024 or the london cyber one"
    "so before or after the paris one?"              -> likewise, of the last entry talked about

Tried only when "before or after" (or "after or before") is in the text. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_EITHER = r"(?:before or after|after or before)"
#: "was X before or after Y", "did X come before or after Y", "X: before or after Y?"
_BOTH_NAMED = lazy_pattern(rf"^(?:so |and |ok )?(?:was|were|is|did|does) (?P<x>.+?) (?:happen |come |take place |get agreed |held )?{_EITHER} (?P<y>.+)$")
#: "was that before or after Y", "so before or after Y", "before or after Y": X is the last entry.
_POINTED = lazy_pattern(rf"^(?:so |and |ok |hmm )*(?:(?:was|were|is|did) (?:that|it|this)(?: one)? (?:happen |come |take place )?)?{_EITHER} (?P<y>.+)$")


def before_or_after(text: str, last: str | None = None) -> str | None:
    """``text`` as "which came first, X or Y", with ``last`` (the last entry's name) for "that"; None when no such ask."""
    if "before or after" not in text and "after or before" not in text:
        return None
    question = normalize(text)
    if last and (pointed := _POINTED.match(question)):
        return f"which came first, {last} or {pointed['y']}"
    if (both := _BOTH_NAMED.match(question)) and both["x"] not in ("that", "it", "this", "that one"):
        return f"which came first, {both['x']} or {both['y']}"
    return None
