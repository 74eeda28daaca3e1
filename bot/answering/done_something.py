"""A clause saying NATO or the Allies did something for cyber, then a question asking what: what they decided then.

    "NATO did something big for cyber in Warsaw, what was it?"        -> "what did NATO do for cyber in Warsaw"
    "10 years ago in Warsaw NATO did something for cyber, what?"      -> "what did NATO do for cyber 10 years ago in Warsaw"
    "in 2016 the allies decided something important on cyber - what?" -> "what did the allies do on cyber in 2016"
    "NATO met in Vilnius and agreed something on cyber. what exactly?" -> "what did NATO do on cyber in Vilnius"

Answered alone, "what was it" names nothing, and the clause before it reads as a thing to look up ("something big").
Only a collective (NATO, the Allies, the Alliance, leaders) doing "something" is read so; a person saying something is
``said_something``'s. Pure, on the text as typed; a message without "something" pays one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_WHO = r"(?P<who>nato(?: allies| leaders)?|the allies|allies|the alliance|alliance leaders|leaders)"
_DID = r"(?:did|made|decided|agreed|achieved|adopted|launched|started|created)"
_DONE = lazy_pattern(
    rf"^\W*(?P<lead>(?:[^,?.;:–—-]*?\s)?){_WHO}\s+(?:(?:met|gathered)\s+(?P<where>(?:in|at)\s+[^,?.;:–—-]+?)\s+and\s+)?{_DID}\s+something"
    r"(?:\s+(?:big|important|major|historic|new|special|significant|great|concrete|real))?\s+(?P<prep>for|on|about|regarding|in)\s+(?P<what>cyber(?:\s*defen[cs]e|\s*space|\s*security)?)"
    r"(?P<tail>[^,?.;:–—-]*?)\s*[,;:.–—-]+\s*(?:so\s+|and\s+)?what(?:\s+(?:was|is|were)\s+(?:it|that|this|they))?(?:\s+(?:exactly|then|precisely|specifically))?\s*\??\s*$",
    re.IGNORECASE)


def done_asked(text: str) -> str:
    """``text`` saying the Alliance did something for cyber and asking what, asked as what it did; other text as it is."""
    if "something" not in text.lower() or (done := _DONE.match(text)) is None:
        return text
    setting = " ".join(part.strip() for part in (done["lead"], done["where"] or "", done["tail"]) if part and part.strip())
    return f"what did {done['who']} do {done['prep']} {done['what']}{' ' + setting if setting else ''}"
