"""A follow-up asking what else was decided where the decision just answered was made: asked of that gathering,
past that decision, never of another gathering.

    after "when was the cyber defence pledge agreed" (at the Warsaw Summit 2016)
    "what else did they decide on cyber there"  -> "apart from Cyber Defence Pledge, what else was decided at NATO Warsaw Summit 2016"
    "anything else agreed at that summit?"       -> the same
    "what else was decided then"                 -> the same

Read only after an answer about a pledge or decision recorded at a gathering, and only when the question holds "else",
"more" or "other" and a verb of deciding, and names no gathering or place of its own. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_ASKS_ELSE = lazy_pattern(r"\b(?:what (?:else|more|other (?:decisions?|outcomes?|things?))|anything (?:else|more)|something else|any other (?:decisions?|outcomes?|things?)"
                          r"|(?:which|what) other (?:decisions?|outcomes?|pledges?|commitments?))\b")
_DECIDED = frozenset("decided decide decides agreed agree agrees adopted adopt approved approve endorsed endorse signed sign launched launch "
                     "come came out result resulted outcomes outcome decisions commitments".split())
#: Where the question may point at the gathering, and nowhere else: "there", "then", "at that summit".
_ELSEWHERE = lazy_pattern(r"\b(?:at|in|during|from) (?!(?:that|this|the same|it|the time)\b)\S+")


def else_decided(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``text`` asked of the gathering where the last answer's decision was made, past that decision; else None."""
    if subject is None or subject.type != "pledge" or not ("else" in text or "more" in text or "other" in text):
        return None
    question = normalize(text)
    if _DECIDED.isdisjoint(question.split()) or not _ASKS_ELSE.search(question) or _ELSEWHERE.search(question):
        return None
    pledge = lookup.item(subject)
    event = lookup.knowledge.events.get(pledge.event) if pledge is not None and pledge.event else None
    return f"apart from {pledge.name}, what else was decided at {event.name}" if event is not None else None
