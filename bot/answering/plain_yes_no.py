"""A yes-or-no question put plainly: a hedge before the year or place it names asks the same without it, and so
does a negative question about what something is.

    "was the hague pledge conference sometime in 2023"       -> "was the hague pledge conference in 2023"
    "was not the hague pledge conference sometime in 2023"   -> "was not the hague pledge conference in 2023"
    "was the berlin conference at some point in 2022"        -> "was the berlin conference in 2022"
    "was the tirana conference somewhere in germany"         -> "was the tirana conference in germany"
    "were not the dutch the hosts of the berlin conference"  -> "were the dutch the hosts of the berlin conference"
    "is not rutte dutch"                                     -> "is rutte dutch"

"Sometime", "at some point", "somewhere" only hedge the year or place the claim names; left in, the question is
not read as the claim it is. "Isn't X Y?" asks whether X is Y; one whose rest says where, when or by whom ("wasn't the
pledge agreed in warsaw") is left negative, for the claim step (``claims``) to read. Only a question starting with a
verb is read ("when sometime in 2024" is left). Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_HEDGE = lazy_pattern(r"\b(?:sometime|some time|at some point|somewhere|some point|roughly|around|about) (?=in (?:the )?\S)")
_NEGATIVE_BE = lazy_pattern(r"^(was|were|is|are) not (?!it\b|there\b)(?=\S)")
#: Words after which the claim step reads a negative question itself: "wasn't the pledge agreed in warsaw".
_CLAIM_REST = frozenset("in at on by from held agreed signed hosted organised organized made opened founded established launched based located".split())
_AUXILIARIES = frozenset("was were is are did does do has have had could would should can will".split())
_HEDGE_CUES = frozenset("sometime some somewhere roughly around about".split())


def without_hedge(text: str) -> str:
    """``text`` (normalised) with a yes-or-no question's hedge before its year or place dropped, and "isn't X Y" as "is X Y"."""
    words = text.split()
    if not words or words[0] not in _AUXILIARIES:
        return text
    if words[1:2] == ["not"] and _CLAIM_REST.isdisjoint(words):
        text = _NEGATIVE_BE.sub(r"\1 ", text, count=1)
    return text if _HEDGE_CUES.isdisjoint(words) else _HEDGE.sub("", text)
