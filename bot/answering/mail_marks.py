"""The marks a forwarded or replied-to mail puts before pasted text: dropped before the question is read.

    "FW: pls check - the draft says ..."   -> "pls check - the draft says ..."
    "RE: Fwd: when was the tirana conf?"   -> "when was the tirana conf?"
    "> the hague conference was in may"    -> "the hague conference was in may"

Only marks at the very start, each with its colon ("FW:", "Fwd:", "RE:", "AW:", "WG:", "TR:") or quote marks (">"),
so "re" or "fw" inside a question are left alone. Tried only when the text starts with one of their letters.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_MARKS = lazy_pattern(r"^\s*(?:(?:fwd?|re|aw|wg|tr|fw\s*fw)\s*(?:\[\d+\])?\s*:\s*|>+\s*)+", flags=re.IGNORECASE)
_FIRST = frozenset("fFrRaAwWtT>")


def without_mail_marks(text: str) -> str:
    """``text`` as typed, without the "FW:", "RE:" or ">" marks a mail put before it (the rest as it was)."""
    if text.lstrip()[:1] not in _FIRST or not (marks := _MARKS.match(text)) or not text[marks.end():].strip():
        return text
    return text[marks.end():]
