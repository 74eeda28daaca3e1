"""A premise stated before the question that rests on it, when the knowledge says it is wrong: the correction first.

    "The Rome 2022 Pledge Conference was co-hosted by Italy and France. What was France's role?"
        -> "No: NATO Cyber Defence Pledge Conference 2022 was hosted by Italy, the United States and ..."
    "Stoltenberg gave the keynote in person at the 2025 Tirana conference. What did he say?"
        -> "Jens Stoltenberg is not among the speakers recorded at NATO Cyber Defence Conference 2025. ..."
    "Rutte spoke in person in Tirana. What did he say?"  -> "No: Mark Rutte addressed ... by video, not in person"

Answered alone, the question took the premise as given ("Cyber Defence Pledge Conference 2018" for France's role; three
of Stoltenberg's lines from elsewhere). A premise the knowledge confirms, or cannot settle, leaves the question to the
other steps; words someone is said to have said ("X called China an enemy. what was the quote?") are the quote steps'.
Only a message of two or more sentences, the last one a question, pays more than a character test.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..claims import CLAIM_PREFIX
from ..lookup import Lookup
from ..quoted import quoted_spans
from ..search import normalize
from .claim_checks import answer_claim

_SENTENCE_END = lazy_pattern(r"(?<=[.!])\s+(?=\S)")
#: The last sentence asks: a question word or an inverted verb first, or a question mark last.
_ASKS = lazy_pattern(r"^(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have)\b")
#: A premise states something of a gathering or a person: "X was co-hosted by", "X gave the keynote", "X spoke in person".
_STATES = lazy_pattern(r"\b(?:was|were|is|are|gave|spoke|opened|hosted|co hosted|attended|took place|delivered|addressed)\b")
#: Leads that are the asker's, or words someone is said to have said: never a premise to check.
_NOT_A_PREMISE = lazy_pattern(r"^(?:you|please|thanks|hi|hello|so|ok|okay|after|before|since|following)\b|\b(?:i|we|my|our|me|us)\b"
                              r"|\b(?:said|says|called|told|warned|wrote|urged|claimed)\b")  # "after berlin, i believe it was ...": the asker's reasoning
_MOST_WORDS = 25
#: How the claim checks open a correction ("No: ...", "Only partly: ..."), or say someone did not speak there.
_CORRECTED = ("No:", "Only partly:")
_NOT_SPEAKER = " is not among the speakers recorded at "


def answer_premise_first(lookup: Lookup, typed: str, today: dt.date) -> Reply | None:
    """The correction of a premise ``typed`` (as typed) states before the question resting on it; None otherwise."""
    if "." not in typed and "!" not in typed:
        return None  # most questions: one sentence
    sentences = [s.strip() for s in _SENTENCE_END.split(typed.strip()) if s.strip()]
    if len(sentences) < 2 or not (sentences[-1].endswith("?") or _ASKS.match(normalize(sentences[-1]))):
        return None
    for lead in sentences[-2::-1][:2]:  # the sentence just before the question, then the one before it
        claim = normalize(lead)
        if lead.endswith("?") or quoted_spans(lead) or len(claim.split()) > _MOST_WORDS or _NOT_A_PREMISE.search(claim) or not _STATES.search(claim):
            continue
        reply = answer_claim(lookup, f"{CLAIM_PREFIX}{claim}", today)
        if reply is not None and reply.kind == "answer" and (reply.title.startswith(_CORRECTED) or _NOT_SPEAKER in reply.title):
            return reply
    return None
