"""Words describing a quote, listed with commas, put as one phrase: the commas split no clause.

    "can you give me an exact, verbatim quote from baerbock's speech?" -> "can you give me an exact verbatim quote from ..."
    "a short, punchy, quotable line from rutte"                          -> "a short punchy quotable line from rutte"

Pure; cheap gate: a text with no comma is returned at once.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_DESCRIBING = r"(?:exact|verbatim|direct|precise|literal|accurate|actual|real|original|official|short|brief|punchy|quotable|memorable|good|nice|full|complete|whole|single|proper|word[- ]for[- ]word)"
#: A describing word, a comma, then more describing words and the word for a quote: the commas to drop.
_LISTED = lazy_pattern(rf"\b({_DESCRIBING}),\s+(?=(?:{_DESCRIBING},?\s+){{0,3}}(?:quotes?|quotations?|lines?|sentences?|words|passages?|excerpts?|extracts?)\b)")


def joined_adjectives(text: str) -> str:
    """``text`` without the commas between words that describe a quote."""
    return _LISTED.sub(r"\1 ", text) if "," in text else text
