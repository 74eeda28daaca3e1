"""How to credit someone in a post asks for their title then, put as the routes know it.

    "how should i credit baerbock for a berlin 2023 post"  -> "what was baerbock title at berlin 2023"
    "how do i cite mcfadden in a london post"              -> "what was mcfadden title at london"
    "how should we attribute geoana"                       -> "what was geoana title"
    "how to credit rutte in a post about tirana"           -> "what was rutte title at tirana"

Tried only when a crediting verb is typed; a step of ``role_text.term_question``. Pure and table-tested
(tests/answers/answer_table.yaml).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CREDIT_WORDS = frozenset("credit cite attribute tag caption label introduce".split())
_WRITINGS = r"(?:post|posts|tweet|thread|caption|graphic|piece|article|story|video|reel|carousel|card|slide|write up)"
#: "how (do|should) i credit <who> [for|in|on a <setting> post | in a post about <setting>]".
_CREDIT = lazy_pattern(r"^how (?:do|should|can|would|could|to|shall|must)(?: (?:i|we|you))? (?:best |properly |correctly )?"
                       r"(?:credit|cite|attribute|tag|caption|label|introduce|refer to|describe) (?P<who>(?!(?:it|that|this|them|these|those|the|a|an|his|her|their|its|quote|quotes|line|lines|words|statement|source|sources|article|photo|picture|image|speech|him|me|us)\b)\S+(?: \S+)?)(?: s title| s role)?"
                       rf"(?: (?:for|in|on) (?:a|an|the|my|our) (?:(?P<where>.+?) )?{_WRITINGS}(?: (?:about|on|from|for) (?:the )?(?P<about>.+))?)?$")


def credit_question(text: str) -> str:
    """``text`` (normalised) as "what was <who> title [at <setting>]" when it asks how to credit someone, else as it is."""
    if _CREDIT_WORDS.isdisjoint(word_set(text)) and " refer to " not in text:
        return text
    if (asked := _CREDIT.match(text)) is None:
        return text
    where = asked["about"] or asked["where"]
    return f"what was {asked['who']} title" + (f" at {where}" if where else "")
