"""Words put in an unnamed speaker's mouth, then the line itself or its speaker asked for: who said those words.

    "someone said theres nothing immoral about companies working w/ the military — exact words?"
        -> "who said theres nothing immoral about companies working w/ the military"
    "somebody at the hague said we all stand together, who was it?" -> "who said we all stand together at the hague"
    "an official said cyber is a contested space... full quote pls"  -> "who said cyber is a contested space"

Without the ask after it ("someone said the conference was in may") the words stay a claim to check. Pure, on the text
as typed (``written_questions``); text without an unnamed speaker pays one substring test per name for one.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_UNNAMED = ("someone", "somebody", "speaker", "official", "minister", "some guy", "one of them")
_SAID_THEN_ASKED = lazy_pattern(
    r"^\W*(?:(?:i think|i heard|i remember|apparently|so|and)\s+)?(?:someone|somebody|some guy|one of them|(?:a|an|one|some|one nato|a nato) (?:speaker|official|minister))"
    r"(?:\s+(?:at|in)\s+(?P<where>(?:the\s+)?[^\s,]+(?:\s+(?:conference|conf|summit|2\d{3}))?))?"
    r"\s+(?:said|says|wrote|once said|put it as|claimed|told (?:us|them|allies|everyone))(?:\s+that)?\s+(?P<words>[^?]+?)"
    r"\s*(?:[-–—,:;.…]+|\?)\s*(?:and\s+)?(?:(?:what|which) (?:were|was|are) )?(?:the\s+)?"
    r"(?:exact (?:words|wording|quote|line|sentence)|(?:full|whole|complete) (?:quote|sentence|line)|verbatim|word for word|quote|source"
    r"|who(?: (?:was|is) (?:it|that|this))?|who said (?:it|that|this)|which speaker|whose (?:words|line|quote))"
    r"(?:\s+(?:pls|please|exactly|again))*\s*\??\s*$", re.IGNORECASE)


def who_said_unnamed(typed: str) -> str:
    """``typed`` as "who said <words>" when it gives an unnamed speaker's words and asks for the line or its speaker."""
    lowered = typed.lower()
    if not any(name in lowered for name in _UNNAMED) or (asked := _SAID_THEN_ASKED.match(typed)) is None:
        return typed
    where = f" at {asked['where']}" if asked["where"] else ""
    return f"who said {asked['words'].strip()}{where}"
