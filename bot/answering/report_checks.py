"""Whether a piece of writing is right about something, asked of the piece: the claim it makes, checked.

    "is the Berlin article right that it was NATO's first cyber defence conference?"
        -> "the Berlin article says it was NATO's first cyber defence conference. is that right?"
    "is the op-ed correct when it says the attack was two years ago?"  -> "the op-ed says the attack was two years ago. is that right?"
    "was the rome piece wrong to call it the first pledge conference?" -> "the rome piece calls it the first pledge conference. is that right?"

The claim steps read "<source> says X. is that right?" already; this puts the other word order in that one. Pure, on the
text as typed; a step of ``question_text.question_clause``, run only when the message holds "right", "correct" ….
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_CUES = ("right", "correct", "accurate", "wrong", "true")
_WRITING = r"(?:article|piece|report|story|op-?ed|op ed|seed|write-?up|post|release|headline|wire|copy|blog|news item)"
_RIGHT_THAT = lazy_pattern(
    rf"^(?:is|was|are|were) (?P<source>(?:the|that|this|his|her|their|our|your|my) (?:[\w’'-]+ ){{0,3}}?{_WRITING}) (?:actually |really |even )?"
    r"(?:right|correct|accurate|wrong|true) (?:(?P<says>that|to say|when it says|in saying|where it says)|(?P<calls>to call|when it calls|in calling)) "
    r"(?P<claim>[^?\n]+?)[?!.\s]*$", re.IGNORECASE)


def as_report_checked(text: str) -> str:
    """``text`` (as typed) with "is <source> right that X?" put as "<source> says X. is that right?"; else unchanged."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES) or (match := _RIGHT_THAT.match(text.strip())) is None:
        return text
    verb = "calls" if match["calls"] else "says"
    return f"{match['source']} {verb} {match['claim']}. is that right?"
