"""How one thing differs from another, asked any way round, put as "what is the difference between X and Y".

    "how is the nicc different from the pledge"        -> "what is the difference between the nicc and the pledge"
    "is the pledge different from the wales policy"    -> "what is the difference between the pledge and the wales policy"
    "in what way does the nicc differ from the pledge" -> "what is the difference between the nicc and the pledge"
    "is there a distinction between the pledge conference and the annual conference"
                                                       -> "what is the difference between the pledge conference and the annual conference"
    "what distinguishes the nicc from the pledge"      -> "what is the difference between the nicc and the pledge"
    "how is the pledge not the same as article 5"       (left: no "different" or "differ")

The comparison routes know "the difference between X and Y" and "X vs Y"; "X different from Y" asks the same (they
read this question, not the message as typed: ``topics/event_asks``).
Tried only when "different", "differ" or "differs" is there; pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CUES = frozenset("different differ differs distinct distinction distinctions distinguishes distinguish separates".split())
#: "is there a distinction between X and Y", "what distinguishes X from Y", "how do X and Y differ".
_DISTINCTION = lazy_pattern(r"^(?:is there|are there|what is|what are|what s|please explain|explain|clarify) (?:a |any |the )?(?:real |clear )?(?:distinctions?|differences?) between (?P<a>\S.*?) and (?P<b>\S.*?)$"
                            r"|^(?:what|how do you|how does one|how (?:can|do) (?:i|we)) (?:distinguishes|separates|distinguish|separate|tell apart) (?P<a2>\S.*?) (?:from|and) (?P<b2>\S.*?)$"
                            r"|^how do (?P<a3>\S.*?) and (?P<b3>\S.*?) differ$")
DIFFERENCE_PREFIX = "what is the difference between "
_DIFFERENT_FROM = lazy_pattern(
    r"^(?:how|in what ways?|in which ways?|in what respects?|what way|why)? ?(?:is|are|was|were|does|do|did) (?P<a>\S.*?) "
    r"(?:(?:really |actually |any |so )?(?:different|distinct) (?:from|than|to)|differ (?:from|to))(?: (?P<b>\S.*?))?(?: exactly| really| then)?$"
)


def difference_ask(text: str) -> str:
    """``text`` (normalised) asking how X differs from Y, as "what is the difference between X and Y"; else as it is."""
    if _CUES.isdisjoint(word_set(text)):
        return text
    if (between := _DISTINCTION.match(text)) is not None:  # "is there a distinction between X and Y": the difference asked
        return f"{DIFFERENCE_PREFIX}{between['a'] or between['a2'] or between['a3']} and {between['b'] or between['b2'] or between['b3']}"
    if not (asked := _DIFFERENT_FROM.match(text)) or not asked["b"]:
        return text
    return f"{DIFFERENCE_PREFIX}{asked['a']} and {asked['b']}"
