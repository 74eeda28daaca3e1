"""Words claimed of a speaker inside the alliance, put as they would say them: NATO's X is "our X" in their mouth.

    "china is nato enemy"            -> "china is our enemy"   (Stoltenberg: "China is not our enemy")
    "a threat to nato"               -> "a threat to us"
    "the alliance s values"          -> "our values"

Tried only when the words as typed match none of the speaker's quotes. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_ALLIANCE = r"(?:nato|the alliance|alliance|the nato alliance|the allies)"
_OWNED = lazy_pattern(rf"\b{_ALLIANCE}(?: s)? (?=[a-z])(?!is\b|are\b|was\b|were\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b|should\b|must\b|and\b|or\b|to\b|in\b|at\b|on\b)")
_OBJECT = lazy_pattern(rf"\b(?P<to>to|against|for|with|of|on|at) {_ALLIANCE}\b(?! s\b)")


def as_insider(words: str) -> str:
    """``words`` (normalised) with the alliance as its own speakers name it: "our", "us"; unchanged when none is named."""
    if "nato" not in words and "allian" not in words and "allies" not in words:
        return words
    return _OBJECT.sub(lambda m: f"{m['to']} us", _OWNED.sub("our ", words))
