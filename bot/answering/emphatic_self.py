"""An emphatic "itself" after a place or NATO, or "own" after NATO's, adds nothing to ask: "anyone from albania itself
speak" asks who from Albania spoke, "when did natos own website get ddosed" when NATO's website was.

    without_emphatic_self("anyone from albania itself speak")      -> "anyone from albania speak"
    without_emphatic_self("did the netherlands itself host it")    -> "did the netherlands host it"
    without_emphatic_self("was nato itself a host")                -> "was nato a host"
    without_emphatic_self("how did nato defend itself")            -> unchanged (a reflexive after a verb)
    without_emphatic_self("when did natos own website get ddosed") -> "when did natos website get ddosed"
    without_emphatic_self("does nato own the domain")              -> unchanged (a verb)

Only after a word that ends a place's name (or "nato", "alliance") is "itself" emphatic, and "own" only after NATO's
or the Alliance's; tried only when the text holds "self"/"selves" or "own". Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES
from .search import normalize

_EMPHATIC = lazy_pattern(r"\b(?P<before>\w+)\s+(?:itself|themselves|themself)\b", flags=2)  # re.IGNORECASE
_OWN = lazy_pattern(r"\b(?P<whose>(?:nato|alliance)(?:'s|’s| s|s)) own\b", flags=2)  # re.IGNORECASE: "natos own website"
_NAMED = frozenset({name.split()[-1] for name in PLACES} | {"nato", "alliance", "allies"})


def without_emphatic_self(text: str) -> str:
    """``text`` without "itself"/"themselves" where it follows a place's name ("albania itself"), and without "own" after
    NATO's ("nato's own website")."""
    lowered = text.lower()
    if " own" in lowered:
        text = _OWN.sub(lambda m: m["whose"], text)
    if "sel" not in lowered:
        return text
    return _EMPHATIC.sub(lambda m: m["before"] if normalize(m["before"]) in _NAMED else m[0], text)
