"""The person a clause names last by a title before the name: who "he" or "she" after it most likely is.

    "article says stoltenberg welcome people with minister baerbock" -> "minister baerbock"
    "stoltenberg opened the conference with foreign minister baerbock" -> "foreign minister baerbock"
    "the hague article quotes ms odobescu and mr geoana"                -> "mr geoana"
    "stoltenberg welcomed the guests"                                   -> None (no title before a name)
    "the dutch defence minister spoke in the hague"                     -> None ("spoke" is an ordinary word, no name)

A clause that names the Secretary General and then "Minister X" is about X when the next question asks
"who is she": the person named last, by a title, not the clause's first name. Pure; a clause with no title
word costs one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .common_words import COMMON_WORDS

_TITLES = frozenset("minister mr ms mrs dr president ambassador commander chancellor".split())
#: A title, then one or two words of a name (not a word that starts another clause): "foreign minister baerbock".
_TITLED = lazy_pattern(r"\b(?P<titled>(?:(?:foreign|defence|defense|prime|deputy|federal) )?(?:minister|mr|ms|mrs|dr|president|ambassador|commander|chancellor)"
                       r" (?!(?:of|for|and|or|the|a|an|to|in|at|on|who|which|that|is|was|says|said|then|now|there|s|himself|herself)\b)[a-z][a-z-]+)\b")


def last_titled(clause: str) -> str | None:
    """The last "<title> <name>" of ``clause`` (normalised), or None when it names nobody by a title."""
    if _TITLES.isdisjoint(clause.split()):
        return None
    found = [m["titled"] for m in _TITLED.finditer(clause) if m["titled"].split()[-1] not in COMMON_WORDS]  # not "minister spoke"
    return found[-1] if found else None
