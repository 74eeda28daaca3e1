"""A claim with two alternatives — "was the 2024 pledge conference in amsterdam or the hague?" — checked one by one.

    "the 2024 pledge conference was in amsterdam or the hague"  -> "The Hague: ... was held 16–17 May 2024 in The Hague, Netherlands; not Amsterdam"
    "the rome conference was at the farnesina or at the defence ministry" -> "At the Farnesina: ...; not at the defence ministry"
    "the tirana conference took place in 2024 or 2025"          -> "2025: ...; not 2024"

The second alternative borrows the first's verb and preposition ("in amsterdam or the hague" -> "in the
hague"). Where both or neither hold, "Neither: <the facts>" or None (the plain check answers).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ...reply import Reply
from ..check_messages import claim_wrong, claim_yes
from ..claim_messages import either_answer

_PREPOSITIONS = frozenset("in at on by from during".split())
#: What follows "or" without being an alternative: "or not", "or so", "or something", "or was it ...".
_NOT_ALTERNATIVE = frozenset("not so something anything what was is did were are has have somewhere elsewhere".split())


def answer_either_claim(claim: str, check: Callable[[str], Reply | None]) -> Reply | None:
    """The alternative of ``claim`` that holds, by ``check`` (a claim -> its reply); None when ``claim`` has no two alternatives."""
    left, _, right = claim.partition(" or ")
    words, alternative = left.split(), right.split()
    if not right or not alternative or alternative[0] in _NOT_ALTERNATIVE or " or " in right:
        return None
    if alternative[0] in _PREPOSITIONS:
        cut = max((n for n, w in enumerate(words) if w == alternative[0]), default=None)
        other = alternative
    else:
        cut = max((n for n, w in enumerate(words) if w in _PREPOSITIONS), default=None)
        other = [words[cut], *alternative] if cut is not None else []
    if cut is None or cut == 0:
        return None
    first, second = " ".join(words[cut:]), " ".join(other)
    replies = [check(left), check(" ".join([*words[:cut], *other]))]
    if any(r is None for r in replies):
        return None
    held = [r.title.startswith(claim_yes("")) for r in replies]
    wrong = [r.title.startswith(claim_wrong("")) for r in replies]
    if held.count(True) == 1:
        n = held.index(True)
        reply = replies[n]
        return replace(reply, title=either_answer((first, second)[n], reply.title[len(claim_yes("")):], (second, first)[n]))
    if all(wrong):
        return replace(replies[0], title=either_answer(None, replies[0].title[len(claim_wrong("")):], None))
    return None
