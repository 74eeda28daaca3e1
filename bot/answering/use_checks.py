"""Whether the last quote may be used, asked after it: "is that safe to attribute to her?", "can the minister quote that?".

    after a quote:  "is that safe to attribute to her?"          -> "can i quote that line" (its trust, its source)
                    "can the minister quote that on the record?" -> "can i quote that line"
                    "ok to use this in a speech?"                -> "can i quote that line"

Only after a quote, and only a message that asks about using what it points back to ("that", "it", "her"): "can I
quote Rutte on investment?" names its own line. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .search import normalize

_USE = lazy_pattern(
    r"\b(?:safe|ok|okay|fine|alright|solid|good|wise|reliable) (?:enough )?(?:for (?:us|me|her|him|them|the minister) )?to (?:attribute|quote|cite|use|repeat|say)\b"
    r"|\bcan (?:i|we|you|he|she|they|(?:the|my|our) (?:minister|boss|principal)) (?:safely |really )?(?:quote|cite|use|attribute|repeat)\b"
    r"|\bon the record\b|\bmisquote\b|\b(?:attributable|citable)\b")
_POINTING = frozenset("that this it her him them those these".split())
ASKED = "can i quote that line"


def use_check(text: str, subject: ItemRef) -> str | None:
    """``text`` as "can i quote that line" when it asks whether the quote ``subject`` may be used; else None."""
    if subject.type != "quote":
        return None
    words = normalize(text)
    if _POINTING.isdisjoint(words.split()) or not _USE.search(words):
        return None
    return ASKED
