"""A request to hand over what the message already asked for, typed after it: no question of its own.

    "need rutte's investment line for the deck, can you paste it?"  -> "need rutte's investment line for the deck"
    "the ollongren quote from the hague - pls send it over"        -> "the ollongren quote from the hague"
    "stoltenberg's recommit line from rome. copy it here pls"      -> "stoltenberg's recommit line from rome."

Only a last clause whose object is a pronoun ("it", "that", "them") is dropped: "can you paste the rome quote" asks
itself, and so does "can you give me that quote" after "X said something about Y" (``said_something``). Pure; a step of ``question_text.question_clause``, run only when the message holds one of the verbs.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_VERBS = ("paste", "copy", "send", "share", "drop", "post", "forward", "dm", "give")
_HAND_OVER = lazy_pattern(
    r"[\s,;:.!?\u2013\u2014-]+(?:(?:and |so )?(?:can|could|would) (?:you|u) (?:pls |please |just |quickly )?|(?:pls|please|just) )?"
    r"(?:copy[ -]?paste|paste|copy|send|share|drop|post|forward|dm|give)(?: me| us)? (?:it|them|(?:that|this|those|these)(?! (?:quote|line|quotation|remark|words|wording)\b))"
    r"(?: [a-z_:]+){0,4}[\s?!.]*$", re.IGNORECASE)


def without_hand_over(text: str) -> str:
    """``text`` without a last clause that only asks to have the answer handed over; else as it is."""
    lowered = text.lower()
    if not any(verb in lowered for verb in _VERBS):
        return text
    match = _HAND_OVER.search(text)
    return text[: match.start()] if match and match.start() > 0 and text[: match.start()].strip() else text
