""""The one in between", after two entries were compared: which edition came between those two.

    after "compare berlin 2023 and tirana 2025"
    "cool. and what was the one in between?"  -> "which edition came between berlin 2023 and tirana 2025"
    "which came between them?"                 -> the same

Read alone, "the one in between" searched the knowledge for those words. The two entries are the ones the last
question compared ("compare A and B", "A vs B"). Pure; text without "between" pays one substring test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_IN_BETWEEN = lazy_pattern(r"^(?:(?:and|so|ok|okay|cool|thanks|great|nice|hmm)\s+)*(?:(?:what|which)(?: one| edition| conference| summit| event)? (?:was|is|came|happened|took place) )?"
                           r"(?:the (?:one|edition|conference|summit|event) )?(?:in between|between (?:them|those|these|the two|those two)(?: one)?)(?: then)?$")
_COMPARED = lazy_pattern(r"^(?:(?:please|pls|can you|could you)\s+)?(?:compare|contrast)\s+(?:the\s+)?(?P<a>\S.*?)\s+(?:and|with|to|vs|versus)\s+(?:the\s+)?(?P<b>\S.*?)"
                         r"(?:\s+(?:conferences?|summits?|editions?))?(?:\s+(?:in|as) .*)?$|^(?P<a2>\S.*?)\s+(?:vs|versus)\s+(?P<b2>\S.*)$")


def one_in_between(text: str, asked: str) -> str | None:
    """``text`` asking for the one between the two entries the last question (``asked``) compared, as that question; else None."""
    if "between" not in text.lower() or not _IN_BETWEEN.match(normalize(text)) or (compared := _COMPARED.match(normalize(asked))) is None:
        return None
    first, second = compared["a"] or compared["a2"], compared["b"] or compared["b2"]
    return f"which edition came between {first} and {second}"
