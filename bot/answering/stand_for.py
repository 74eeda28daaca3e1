"""What a short name stands for, asked as such: "what does the NICC stand for?", "VCISC is short for what?".

Read as "what is <name>", so the entry of that name answers (its full name and summary);
the rest of the question ("... and where does it come from") is kept. Runs its pattern only
when "stand", "stands" or "short" is in the question.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CUES = frozenset("stand stands short abbreviation acronym".split())
_STAND_FOR = lazy_pattern(r"^(?:what|wat) (?:does|do|did) (?:the )?(?:abbreviation |acronym |letters? )?(?P<name>.+?) (?:stand for|mean as an (?:abbreviation|acronym)|abbreviate)\b(?P<rest>.*)$"
                          r"|^(?:what|wat) (?:is|s) (?:the )?(?P<name2>.+?) (?:short|an? (?:abbreviation|acronym)) for\b(?P<rest2>.*)$"
                          r"|^(?:the )?(?P<name3>.+?) (?:is short for|stands for) what\b(?P<rest3>.*)$")


def stand_for(text: str) -> str:
    """"what does the nicc stand for and where ..." -> "what is the nicc and where ..."; other text as it is."""
    if _CUES.isdisjoint(word_set(text)) or not (match := _STAND_FOR.match(text)):
        return text
    name = match["name"] or match["name2"] or match["name3"]
    rest = match["rest"] if match["name"] else match["rest2"] if match["name2"] else match["rest3"]
    return f"what is {name}{rest}"
