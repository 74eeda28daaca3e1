"""Words that ask for a part of an entry, not which entry: "the pledge text", "nicc details", "the tirana dates".

    without_parts("the pledge text")   -> "the pledge"
    without_parts("text please")       -> ""   (a part of nothing named)
    without_parts("pledge 7 commitments list") -> "pledge" (how many, and the form of the answer, name no entry)
"""

from __future__ import annotations

from .search import normalize, tokens

#: Words asking for a part of an entry: "pledge text", "the pledge's full wording", "the source for the tirana dates".
_PARTS = frozenset("text wording words details detail summary commitments commitment info information content contents full exact "
                   "official actual what s says say about overview explained explain meaning mean means points dates date venue list listed".split())


def without_parts(text: str) -> str:
    """``text`` (normalised) without the words asking for a part of an entry ("the pledge text" -> "the pledge");
    "" when nothing else is left."""
    words = normalize(text).split()
    kept = " ".join(w for n, w in enumerate(words) if w not in _PARTS and not _counts_a_part(w, words[n + 1 : n + 3]))
    return kept if tokens(kept) else ""


def _counts_a_part(word: str, after: list[str]) -> bool:
    """"7" in "the 7 pledge commitments" or "pledge 7 commitments": how many of a part, one of the next two words
    (not "article 5 in berlin")."""
    return word.isdigit() and len(word) <= 2 and not _PARTS.isdisjoint(after)
