"""People asked of as notable ("who else of note spoke", "anyone of importance there"): the qualifier dropped, so the
question asks who spoke, attended or addressed a gathering as plainly typed.

    "apart from the sg who else of note gave an address there"  -> "apart from the sg who else gave an address there"
    "who of note spoke at rome"                                   -> "who spoke at rome"
    "which speakers of any significance were at the hague"         -> "which speakers were at the hague"
    "anyone of real standing at tirana"                           -> "anyone at tirana"

Every person the knowledge records at a gathering is one its articles thought worth naming: the qualifier narrows
nothing. Pure; a text without " of " and a qualifier's noun pays one word-set check.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

NOTE_NOUNS = frozenset("note importance significance standing rank renown distinction consequence".split())
_OF_NOTE = lazy_pattern(r"\b(?P<who>who(?: else)?|whom|anyone|anybody|someone|somebody|people|speakers|figures|guests|names|persons|else)"
                        r" of (?:any |real |particular |some |great |special |genuine |more )?(?:note|importance|significance|standing|rank|renown|distinction|consequence)\b")


def without_of_note(text: str) -> str:
    """Normalised ``text`` with "of note" (and its like) after who or people dropped; else ``text``."""
    if " of " not in text or NOTE_NOUNS.isdisjoint(word_set(text)):
        return text
    return _OF_NOTE.sub(r"\g<who>", text)
