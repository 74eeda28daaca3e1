"""A tail naming what an outcome consists of, dropped: what came out of a gathering is its decisions and pledges.

    "what came out of the hague pledge conference in terms of commitments?" -> "what came out of the hague pledge conference?"
    "what was decided at warsaw by way of concrete pledges?"                -> "what was decided at warsaw?"
    "what was the outcome of rome 2022 as far as commitments go?"           -> "what was the outcome of rome 2022?"

"In terms of commitments", "by way of decisions", "as regards pledges" restate the ask (an outcome, a decision);
left in, their words are looked for in names and find nothing. Only after an ask of an outcome; pure, on the text
as typed, before anything else reads it.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: An ask of what a gathering produced: "what came out of", "what was decided/agreed", "the outcome of".
_OUTCOME_ASK = lazy_pattern(r"\b(?:came out of|come out of|result(?:ed|s)? (?:of|from)|outcomes? of|decided?|agreed?|adopt(?:ed)?|commit(?:ted)?|achieved?|delivered?|produced?)\b", flags=re.IGNORECASE)
_KIND = r"(?:(?:concrete|specific|actual|new|renewed|firm|formal|real|tangible) )?(?:commitments?|pledges?|decisions?|outcomes?|results?|deliverables?|agreements?|substance|output)"
_TAIL = lazy_pattern(rf"[,\s]*\b(?:in terms of|by way of|as regards|with regard to|regarding|as far as|when it comes to) {_KIND}(?: (?:go|goes|are concerned|is concerned))?\b(?=\s*(?:[?!.,;:]|$))",
                     flags=re.IGNORECASE)


def without_outcome_tail(text: str) -> str:
    """``text`` (as typed) without a tail that only names the kind of outcome an outcome ask asks for."""
    if not any(cue in text for cue in (" terms of ", " way of ", " regard", " as far as ", " comes to ")) or not _OUTCOME_ASK.search(text):
        return text  # most questions: no such tail
    return _TAIL.sub("", text)
