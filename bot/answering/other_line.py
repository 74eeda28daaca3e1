"""The other line of someone just quoted, asked by what they do in it: "the other line, where he asks the allies for more
money?" asked as "his quote where he asks the allies for more money".

    "and then the other line, where he asks the allies for more money?" -> "his quote where he asks the allies for more money?"
    "the other quote in which she talks about russia"                    -> "her quote in which she talks about russia"
    "the other conference, where was it?"                                -> as typed (no line asked)

"The other line" asks nothing the routes know; "his quote" is a quote by the person the answer before was about
(``person_meant``), and "where he asks ..." its words. Pure; on the text read into English
(``run_on_leads.with_lead_break``); a text without "other" costs one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_OTHER_LINE = lazy_pattern(r"^\W*(?:(?:perfect|ok|okay|great|thanks|good|and|then|also|so)\W+)*(?:the|his|her) other (?:line|quote|quotation|phrase|sentence|one|bit)"
                           r",? (?P<how>where|in which|when) (?P<who>he|she) (?P<rest>\S.*)$", re.IGNORECASE)
_POSSESSIVE = {"he": "his", "she": "her"}


def other_line(text: str) -> str:
    """``text`` asking for "the other line, where he ..." as "his quote where he ..."; else ``text``."""
    if "other" not in text.lower() or not (asked := _OTHER_LINE.match(text)):
        return text
    who = asked["who"].lower()
    return f"{_POSSESSIVE[who]} quote {asked['how'].lower()} {who} {asked['rest']}"
