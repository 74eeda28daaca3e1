"""Quoted words named first, then asked where or when they were said: one question about those words.

    "the 'China is not our enemy' line - which event + year?"  -> "where was 'China is not our enemy' said?"
    "“no one stands alone” - where was that?"                  -> "where was “no one stands alone” said?"
    "'as dangerous as kinetic attacks': when, which conference" -> "where was 'as dangerous as kinetic attacks' said?"
    "'i call on allies to recommit' - who, when, where?"        -> "where was 'i call on allies to recommit' said?" (and by whom)

Without this, the clause that asks ("which event + year") is read alone and lists every event. Pure; text without a
quotation mark pays one character test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_QUOTES = "'\"\u201c\u201d\u2018\u2019"
_ASKED_AFTER = lazy_pattern(
    r"^(?P<before>[^?!'\"\u201c\u2018]*)(?P<quoted>(?<![a-z0-9])['\"\u201c\u2018][^'\"\u201d\u2019]{3,200}['\"\u201d\u2019](?![a-z0-9]))(?P<after>[^?!]*?)(?:\s*[-:,\u2013\u2014]+\s*|\s(?=wh))"
    r"(?:(?:which|what|at which|at what) (?:event|conference|speech|occasion|gathering|summit|meeting|year|date)|where|when|from where|said where|said when|who)"
    r"(?:(?: (?:was|is|did) (?:that|it|this)(?: said| from)?)?(?:(?:\s*(?:\+|and|&|,)\s*|\s)(?:the )?(?:year|date|when|where|who|which year|what year|which event|what event|which conference))*)\s*[?!.]*\s*$",
    re.IGNORECASE)

#: What a lead may hold beside the quoted words: "the ... line", "that quote ...".
_ONLY_POINTING = frozenset("the a that this line quote quotation phrase words remark sentence bit passage".split())


def said_where_first(typed: str) -> str:
    """``typed`` with quoted words named before "which event?" or "when?" asked as where and when they were said."""
    if not any(mark in typed for mark in _QUOTES) or (asked := _ASKED_AFTER.match(typed)) is None:
        return typed
    if not set(f"{asked['before']} {asked['after']}".lower().split()) <= _ONLY_POINTING:
        return typed  # "ollongren once said '...' - where?", "stoltenberg's line '...'": a speaker named, whose claim is checked
    return f"where was {asked['quoted']} said?"
