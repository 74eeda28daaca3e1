"""Which edition a gathering was, asked as a choice of two ("was the berlin conf the first or second annual one?"):
which edition it was.

    "was the berlin conference the first or second annual one"    -> "which edition was the berlin conference"
    "was tirana the 2nd or 3rd cyber defence conference"          -> "which edition was tirana"

Read whole, either ordinal was taken for the edition asked ("I have no second conference in Berlin"). Tried only
when the text holds " or " between two ordinals.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)"
_CHOICE = lazy_pattern(rf"^(?:was|is) (?P<x>.+?) (?:the )?{_ORDINAL} or (?:the )?{_ORDINAL}(?: (?:annual|nato|cyber|defen[cs]e|pledge))*(?: (?:one|conference|conf|summit|edition|event))?$")


def ordinal_choice(text: str) -> str:
    """``text`` (normalised) asking which of two editions a gathering was, as which edition it was; other text as it is."""
    if " or " not in text or not (choice := _CHOICE.match(text)):
        return text
    return f"which edition was {choice['x']}"
