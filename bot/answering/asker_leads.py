"""A clause before a question, once the asker's own voice is taken off it: what its "it" may stand for.

    "now my neighbour doug insists the rome cyber meeting was small" -> "the rome cyber meeting was small" (Doug's claim)
    "i seem to remember somebody else"                     -> None (the asker remembering names nothing)
    "i m sure london had a pledge conference once"          -> "the london pledge conference" (the gathering the asker names)
    "that roxana stanica who wrote the hague article"       -> "roxana stanica" (someone the asker points back at)
    "i have seen reference to the nicc"                     -> "the nicc" (something the asker met with)
    "the hague conference article has no date"              -> as it is

Pure, used by ``question_text.question_clause`` when a pronoun refers back.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_OPENERS = frozenset("now so well and but oh".split())
#: Words that start a clause in the asker's voice, or someone's the asker reports.
_ASKER_START = frozenset("i im we my our me somebody someone people".split())
_ASKER_SPEAKS = frozenset("i im we me".split())  # a clause that starts so says what the asker did or thinks
#: Someone's claim reported: "my neighbour doug insists <the subject> ...".
_REPORTED = lazy_pattern(r"^(?:\S+ ){0,3}?(?:insists?|insisted|says|said|thinks|thought|reckons|reckoned|claims|claimed|swears|swore|believes|believe|gather|told me|tells me"
                         r"|mentions|mentioned|lists|listed|names|named|refers to|referred to)"
                         r" (?:that )?(?P<rest>\S.*)$")
#: Something the asker met with, named: "i have seen reference to <the thing>", "i keep hearing about <it>".
_MET_WITH = lazy_pattern(r"^(?:i|we) (?:have |ve |had |d |keep |kept |just |recently |once |often )*(?:seen|saw|read|heard|hearing|seeing|reading|come across|came across|coming across"
                         r"|stumbled (?:up)?on|noticed|spotted|encountered)(?: (?:a |some |the |several |many )?(?:ref+e?r+ences?|mentions?|talk|word|something))?"
                         r" (?:to |of |about |on )?(?P<thing>(?!(?:that|it|this|in|on|somewhere|online|an? (?:article|piece|report|book|paper))\b)(?:the |a |an )\S.*)$")
#: A gathering the asker speaks of: "... had a pledge conference once", "... held some cyber summit".
_GATHERING = lazy_pattern(r"\b(?:a|an|some|one) (?P<kind>(?:\S+ ){0,3}?(?:conference|summit|meeting|exercise))\b")  # introduced, not "the washington summit"


def without_asker(lead: str) -> str | None:
    """``lead`` (normalised) without the asker's voice; None when nothing but the asker's voice is left."""
    words = lead.split()
    if words[:1] and words[0] in _OPENERS:
        words = words[1:]
    if words[:1] == ["that"] and "who" in words[2:4]:
        return " ".join(words[1 : words.index("who", 2)])  # "that roxana stanica who wrote the hague article": the one pointed at
    if not words or words[0] not in _ASKER_START:
        return lead
    if reported := _REPORTED.match(" ".join(words)):
        return reported["rest"]
    if met := _MET_WITH.match(" ".join(words)):
        return met["thing"]  # "i have seen reference to a virtual cyber incident support capability": that capability
    if any(w[:1].isdigit() for w in words):
        return lead  # "i have an account of the berlin conference of 2022": the year kept
    place = next((w for w in words if w in PLACES), None)
    if place and (gathering := _GATHERING.search(" ".join(words))):
        return f"the {place} {gathering['kind']}"
    if place:
        return lead
    return None if words[0] in _ASKER_SPEAKS or len(words) >= _TOLD else lead  # "i seem to remember somebody else"; not "our minister ollongren"


_TOLD = 4  # words: a lead this long in the asker's voice, naming no place, tells what the asker did or thinks
