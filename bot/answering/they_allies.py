""""They" beside a pointer at a pledge or initiative is the Allies who agreed it: "it" is the entry.

    after "whats the cyber defence pledge?"
    "when exactly did they sign off on it"  -> "when exactly did allies sign off on it"
    "when did they agree it"                -> "when did allies agree it"
    after "who is mark rutte?": unchanged ("they" may be him, or those he met)

Only when the last entry is a pledge or initiative and "it", "that" or "this" follows "they". Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_THEY_THEN_IT = lazy_pattern(r"\bthey\b(?= (?:\S+ ){0,5}?(?:it|that|this)\b)", flags=2)  # re.IGNORECASE
_AGREED_ENTRIES = frozenset(("pledge", "initiative"))  # after an event "they" may be its speakers


def they_as_allies(text: str, subject_type: str | None) -> str:
    """``text`` with "they" as "allies" where it stands before a pointer at an agreed entry; other text as it is."""
    if subject_type not in _AGREED_ENTRIES or "they" not in text.lower():
        return text
    return _THEY_THEN_IT.sub("allies", text, count=1)
