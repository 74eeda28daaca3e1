"""The ones before or after a gathering the sentence before named: "X was the fourth pledge conference, no? which were the
ones before?" asked as "which pledge conferences were before X?".

    "rome 2022 was the fourth pledge conference, no? which were the ones before, city and year please"
        -> "which pledge conferences were before rome 2022?"
    "tirana was the third annual conference. and the ones after it?"   -> "which annual conferences were after tirana?"
    "which were the ones before?"                                      -> as typed (nothing named before)
    "which other nato conference started on a 9 november?"             -> "which nato conference started on a 9 november?"

"The ones" stands for the kind the statement names, and "before" for the gathering it is about. Pure; on the text read
into English (``run_on_leads.with_lead_break``); a text without "ones" costs one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .search import normalize

_STATED = lazy_pattern(r"^(?P<x>(?:\S+ ){0,4}?\S+) (?:was|is) (?:the|its|their) (?:first|second|third|fourth|fifth|sixth|last|latest|\d+(?:st|nd|rd|th))"
                       r" (?P<kind>(?:\S+ ){0,3}?(?:conference|summit|meeting|exercise|event))\b")
_ONES = lazy_pattern(r"\b(?:(?:which|what) (?:were|are|was) )?(?:and )?the (?:ones|others|other ones) (?P<when>before|after|earlier|later|since)\b", re.IGNORECASE)
_TIME = {"earlier": "before", "later": "after", "since": "after"}
#: "which other conference started on a 9 november": the day asked; "other" (than the one the asker has in mind) names none.
_OTHER_ON_DAY = lazy_pattern(r"\b(?P<which>which|what) other (?=(?:\S+ ){0,4}?(?:conference|summit|event|meeting|exercise|gathering)s?\b[^?]*?\bon (?:a |the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+)",
                             re.IGNORECASE)


def ones_around(text: str) -> str:
    """``text`` with "the ones before" after a statement naming a gathering and its kind asked of them; else ``text``."""
    if " other " in text and (other := _OTHER_ON_DAY.search(text)):
        return f"{text[: other.start()]}{other['which']} {text[other.end() :]}"
    if "ones" not in text and "others" not in text or not (ones := _ONES.search(text)):
        return text
    if not (stated := _STATED.match(normalize(text[: ones.start()]))):
        return text
    when = _TIME.get(ones["when"].lower(), ones["when"].lower())
    return f"which {stated['kind']}s were {when} {stated['x']}?"
