"""False friends for holding a gathering: Spanish and Italian "realizar", "celebrar" typed as "realised", "celebrated".

    "when was the berlin conference realised"       -> "when was the berlin conference held"
    "where was celebrated the first cyber coalition" -> "where was held the first cyber coalition"
    "i realised the date was wrong"                  -> as typed (no "was" before it: the English verb)

Only after a form of "be" (a passive: something was realised) is the word read as held. Pure; a text without
either word pays one substring test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_HELD = lazy_pattern(r"\b(?P<be>was|were|is|are|be|been|being)(?P<between>(?: [a-z0-9]+){0,8}?) (?:reali[sz]ed|celebrated)\b")


def as_held(text: str) -> str:
    """Normalised ``text`` with a gathering "realised" or "celebrated" read as held."""
    if "realised" not in text and "realized" not in text and "celebrated" not in text:
        return text
    return _HELD.sub(lambda m: f"{m['be']}{m['between']} held", text)
