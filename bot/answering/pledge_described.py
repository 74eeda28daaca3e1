"""The pledge described by the conferences that review it is the pledge itself: "the pledge that the pledge conferences review".

    "what is the pledge that the pledge conferences review"   -> "what is the pledge"
    "which pledge do the pledge conferences follow up on"      -> "what is the pledge"
    "what pledge are the conferences about"                    -> "what is the pledge"

Tried only when the text holds "pledge" and "conference"; other text comes back as it is.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_REVIEWED_PLEDGE = lazy_pattern(
    r"^(?:what|which) (?:is |was )?(?:the )?(?:cyber defen[cs]e )?pledge (?:that |which )?(?:do |does |did |are |were |is )?(?:the |all the |those |these )?"
    r"(?:nato )?(?:cyber defen[cs]e )?(?:pledge )?(?:conferences|conference series|conference|meetings) (?:\S+ )?"
    r"(?:review|reviews|reviewed|track|tracks|assess|assesses|check|checks|monitor|monitors|measure|follow up on|follow up|follows up on|are about|is about|were about"
    r"|are named after|is named after|named after|are built around|built around|build on|are based on|is based on|based on|about|refer to|refers to|implement)$")


def pledge_described(text: str) -> str:
    """``text`` (normalised) naming the pledge by the conferences that review it, as what the pledge is."""
    if "pledge" not in text or "conference" not in text or not _REVIEWED_PLEDGE.match(text):
        return text
    return "what is the pledge"
