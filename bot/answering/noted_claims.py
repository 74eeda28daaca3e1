"""A claim put first, then the question of what is actually so: checked as the claim.

    "my notes say the rome conference was co hosted by italy and france" + "who were the actual co hosts"
        -> "is it true that the rome conference was co hosted by italy and france"
    "i read that berlin was in 2019" + "when was it really"  -> "is it true that berlin was in 2019"

The check answers both: "No: ... was hosted by Italy, the United States ..." names the real
facts and says the claim is wrong. Pure, used by ``question_text.question_clause``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX, as_claim
from .normalizing import word_set

#: A question asking what really holds: "who were the actual co hosts", "where was it really held", "what are the correct dates".
_ASKS_ACTUAL = lazy_pattern(r"^(?:who|whom|what|when|where|which|in which|on which|at which)\b.*?\b(?:actual|actually|real|really|correct|right|true|in fact|exact|precisely)\b")
_ACTUAL_WORDS = frozenset("actual actually real really correct right true fact exact precisely".split())
#: Claims about words said are the quote checks' (who said it), not this one's.
_SAYING = lazy_pattern(r"\b(?:said|say|says|saying|quoted|quote|quotes|words|called|line)\b")


def asks_actual(question: str) -> bool:
    """Whether ``question`` (a normalised clause) asks what really holds: "who actually hosted it"."""
    return not _ACTUAL_WORDS.isdisjoint(word_set(question)) and _ASKS_ACTUAL.match(question) is not None


def actual_claim(before: list[str]) -> str | None:
    """The nearest clause of ``before`` that puts a claim ("my notes say X", "i have X down as Y"), as "is it true that X"."""
    for clause in reversed(before):
        claim = as_claim(clause)
        if claim.startswith(CLAIM_PREFIX) and not _SAYING.search(claim):
            return claim
    return None
