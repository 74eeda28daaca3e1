"""How one thing differs from another, asked any way round, put as "what is the difference between X and Y".

    "how is the nicc different from the pledge"        -> "what is the difference between the nicc and the pledge"
    "is the pledge different from the wales policy"    -> "what is the difference between the pledge and the wales policy"
    "in what way does the nicc differ from the pledge" -> "what is the difference between the nicc and the pledge"
    "how is the pledge not the same as article 5"       (left: no "different" or "differ")

The comparison routes know "the difference between X and Y" and "X vs Y"; "X different from Y" asks the same (they
read this question, not the message as typed: ``topics/event_asks``).
Tried only when "different", "differ" or "differs" is there; pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_CUES = frozenset("different differ differs distinct".split())
DIFFERENCE_PREFIX = "what is the difference between "
_DIFFERENT_FROM = lazy_pattern(
    r"^(?:how|in what ways?|in which ways?|in what respects?|what way|why)? ?(?:is|are|was|were|does|do|did) (?P<a>\S.*?) "
    r"(?:(?:really |actually |any |so )?(?:different|distinct) (?:from|than|to)|differ (?:from|to))(?: (?P<b>\S.*?))?(?: exactly| really| then)?$"
)


def difference_ask(text: str) -> str:
    """``text`` (normalised) asking how X differs from Y, as "what is the difference between X and Y"; else as it is."""
    if _CUES.isdisjoint(text.split()) or not (asked := _DIFFERENT_FROM.match(text)) or not asked["b"]:
        return text
    return f"{DIFFERENCE_PREFIX}{asked['a']} and {asked['b']}"
