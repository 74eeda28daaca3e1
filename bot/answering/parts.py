"""Words that ask for a part of an entry, not which entry: "the pledge text", "nicc details", "the tirana dates".

    without_parts("the pledge text")   -> "the pledge"
    without_parts("text please")       -> ""   (a part of nothing named)
"""

from __future__ import annotations

from .search import normalize, tokens

#: Words asking for a part of an entry: "pledge text", "the pledge's full wording", "the source for the tirana dates".
_PARTS = frozenset("text wording words details detail summary commitments commitment info information content contents full exact "
                   "official actual what s says say about overview explained explain meaning mean means points dates date venue".split())


def without_parts(text: str) -> str:
    """``text`` (normalised) without the words asking for a part of an entry ("the pledge text" -> "the pledge");
    "" when nothing else is left."""
    kept = " ".join(w for w in normalize(text).split() if w not in _PARTS)
    return kept if tokens(kept) else ""
