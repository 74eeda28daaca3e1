"""A follow-up asking what else was decided where the decision just answered was made: asked of that gathering,
past that decision, never of another gathering.

    after "when was the cyber defence pledge agreed" (at the Warsaw Summit 2016)
    "what else did they decide on cyber there"  -> "apart from Cyber Defence Pledge, what else was decided at NATO Warsaw Summit 2016"
    "anything else agreed at that summit?"       -> the same
    "what else was decided then"                 -> the same

After an answer about the gathering itself, a decision set aside and the gathering pointed at are read as that gathering:

    after "warsaw summit 2016 dates?"
    "besides the pledge, what else did they decide there?" -> "besides the pledge, what else did they decide at NATO Warsaw Summit 2016?"

Read only after an answer about a pledge or decision recorded at a gathering (or the gathering, with a decision set aside),
and only when the question holds "else", "more" or "other" and a verb of deciding, and names no gathering or place of its own. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .normalizing import normalize, word_set

_ASKS_ELSE = lazy_pattern(r"\b(?:what (?:else|more|other (?:decisions?|outcomes?|things?))|anything (?:else|more)|something else|any other (?:decisions?|outcomes?|things?)"
                          r"|(?:which|what) other (?:decisions?|outcomes?|pledges?|commitments?))\b")
_DECIDED = frozenset("decided decide decides agreed agree agrees adopted adopt approved approve endorsed endorse signed sign launched launch "
                     "come came out result resulted outcomes outcome decisions commitments".split())
#: Where the question may point at the gathering, and nowhere else: "there", "then", "at that summit".
_ELSEWHERE = lazy_pattern(r"\b(?:at|in|during|from) (?!(?:that|this|the same|it|the time)\b)\S+")


#: A decision set aside ("besides the pledge"), and the gathering pointed at ("there", "at that summit").
_SET_ASIDE = lazy_pattern(r"\b(?:besides|apart from|aside from|other than|except for)\b")
_THERE = lazy_pattern(r"\b(?:there|at (?:that|this|the same) (?:summit|conference|meeting|gathering))\b")


def sets_aside_there(text: str) -> bool:
    """Whether ``text`` as typed may set a decision aside and point at the last gathering ("besides the pledge ...
    there", "além da promessa ... lá"): a cheap word check, so that the decision it names is not taken as its subject."""
    lowered = text.lower()
    return any(word in lowered for word in _SET_ASIDE_WORDS) and any(word in lowered for word in _THERE_WORDS)


_SET_ASIDE_WORDS = ("besides", "apart from", "aside from", "other than", "except", "alem", "além")
_THERE_WORDS = ("there", "that summit", "this summit", "that conference", "that meeting", "lá", "naquel")


def else_decided(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``text`` asked of the gathering where the last answer's decision was made, past that decision; else None."""
    if subject is None or subject.type not in ("pledge", "event") or not ("else" in text or "more" in text or "other" in text):
        return None
    question = normalize(text)
    if _DECIDED.isdisjoint(word_set(question)) or not _ASKS_ELSE.search(question) or _ELSEWHERE.search(_SET_ASIDE.sub("besides", question)):
        return None  # "apart from the pledge": no place of its own
    if subject.type == "event":
        return _set_aside_there(lookup, question, subject)
    pledge = lookup.item(subject)
    event = lookup.knowledge.events.get(pledge.event) if pledge is not None and pledge.event else None
    return f"apart from {pledge.name}, what else was decided at {event.name}" if event is not None else None


def _set_aside_there(lookup: Lookup, question: str, subject: ItemRef) -> str | None:
    """"besides the pledge, what else did they decide there", after a gathering: asked at that gathering by name."""
    event = lookup.item(subject)
    if event is None or not _SET_ASIDE.search(question) or not _THERE.search(question):
        return None
    return _THERE.sub(f"at {event.name}", question, count=1)
