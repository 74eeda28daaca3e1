"""The words before a question that only chat: "so yeah my boss asked me, when was ...", "ok unrelated but who ...".

``question_text`` starts a question at its question word when every word before it is one of these, or the clause
is small talk (``small_talk.is_small_talk``). Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .small_talk import is_small_talk

CHATTER_WORDS = frozenset(
    "so yeah yes my boss asked me colleague friend wants want wanted to know quick question hey hi hello ok okay "
    "i was were am wondering a and then one thing thing another also just curious again sorry but anyway um uh "
    "lol haha please tell us hii hiii heya hiya howdy sup yo hallo greetings gm wait hmm ngl tbh lmao omg bruh idk like bro dude guys "
    "apologies if this asked before unrelated random q totally completely different changing switching gears subject topic side note on btw off "
    "dear bot cyberbot folks everyone thanks thank thx ty cheers cool great perfect awesome brilliant excellent".split()  # "thanks. which conference was that?"
)
_BACK_TO = lazy_pattern(r"\bback to (?:it|the (?:topic|question|point|conferences?))\b")  # "sorry back to it, what ...": chatter too


def is_chatter_lead(lead: str) -> bool:
    """Whether ``lead`` (the words before a question word) is only chatter: "so yeah my boss asked me", "sorry back to it"."""
    lead = _BACK_TO.sub(" ", lead) if "back" in lead else lead
    return all(word in CHATTER_WORDS for word in lead.split()) or is_small_talk(lead)
