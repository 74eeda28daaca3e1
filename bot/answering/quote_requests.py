"""A quote asked for with nothing said of which: "give me a quote", "read me a quote", "a quote please".

Such a message names no speaker, topic or words, so it is the ``quote`` command
with no argument (the quote of the day), not a search for a quote holding the
words "give me" or "read me". Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_ANY_QUOTE = lazy_pattern(
    r"^(?:(?:hey|hi|hello|ok|okay|so|um+|uh+|yo|right|well|now)\s+)*(?:cyberbot\s+)?(?:please\s+|pls\s+)?"
    r"(?:(?:can|could|would|will) (?:you|i|we) (?:please |pls )?)?"
    r"(?:(?:give|send|show|tell|read|hit|get|share|drop|throw|post|fetch|grab|pick|find|play) (?:me|us)(?: with)? |(?:gimme|i want|i need|i d like|i would like|we need|need|want) "
    r"|(?:get|say|recite|share|post|drop|read out|read|pick|find|got|have you got|do you have|you got|any chance of) )?"
    r"(?:a|one|some|another|any|the)(?: (?:random|good|nice|cool|great|inspiring|famous|memorable|quick|short))? (?:quote|quotation|line)"
    r"(?: (?:please|pls|plz|now|for me|for us|for today|today|of the day|thanks|thx|at random))*$"
)


def asks_for_any_quote(text: str) -> bool:
    """Whether ``text`` (as typed) asks for a quote and names nothing of it."""
    return ("quot" in (low := text.lower()) or "line" in low) and _ANY_QUOTE.match(normalize(text)) is not None
