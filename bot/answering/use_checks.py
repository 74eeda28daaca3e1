"""Whether the last quote may be used, asked after it: "is that safe to attribute to her?", "can the minister quote that?".

    after a quote:  "is that safe to attribute to her?"          -> "can i quote that line" (its trust, its source)
                    "can the minister quote that on the record?" -> "can i quote that line"
                    "ok to use this in a speech?"                -> "can i quote that line"

Only after a quote, and only a message that asks about using what it points back to ("that", "it", "her"): "can I
quote Rutte on investment?" names its own line. A line named in the message is asked of the same way (``use_asked``):

    "is the saceur authority line from berlin solid enough to cite?" -> "can i quote the saceur authority line from berlin"

Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .search import normalize

_USE = lazy_pattern(
    r"\b(?:safe|ok|okay|fine|alright|solid|good|wise|reliable) (?:enough )?(?:for (?:us|me|her|him|them|the minister) )?to (?:attribute|quote|cite|use|repeat|say)\b"
    r"|\bcan (?:i|we|you|he|she|they|(?:the|my|our) (?:minister|boss|principal)) (?:safely |really )?(?:quote|cite|use|attribute|repeat)\b"
    r"|\bon the record\b|\bmisquote\b|\b(?:attributable|citable)\b")
#: "is the X line (from Y) solid enough to cite", "are rutte s tirana lines safe to use in a speech".
_LINE_USABLE = lazy_pattern(r"^(?:is|are) (?P<line>(?:the|that|this|his|her|their) \S.*? (?:line|lines|quote|quotes|quotation|remark|statement)\b.*?)"
                            r" (?:solid|safe|ok|okay|reliable|sound|good|fine|usable|trustworthy) (?:enough )?"
                            r"(?:to (?:cite|quote|use|attribute|repeat)|for (?:a |the )?(?:speech|footnote|citation))\b")
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


def use_asked(text: str) -> str:
    """``text`` (normalised) as "can i quote <the line>" when it asks whether a line it names may be used; else unchanged."""
    if not text.startswith(("is ", "are ")) or " to " not in text and " for " not in text:
        return text  # most questions
    asked = _LINE_USABLE.match(text)
    return f"can i quote {asked['line']}" if asked else text
