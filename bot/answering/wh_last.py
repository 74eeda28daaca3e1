"""A question typed in statement order with its "which <noun>" last, put the way English asks it.

Speakers of Italian, Spanish or French keep the statement's order and end with the asking phrase:

    "berlin was hosted by which german ministry"            -> "which german ministry hosted berlin"
    "the tirana conference was in which hotel or palazzo"   -> "in which hotel or palazzo was the tirana conference"
    "is it true that the rome conference was at which venue" -> "at which venue was the rome conference"
    "was the tirana conference held in which hotel"         -> "in which hotel was the tirana conference held"
    "london 2019 pledge conference which month"             -> "which month was london 2019 pledge conference"
    "the conference was hosted by italy"                    -> as typed (nothing asked)

Read whole, the words before "which" are taken for a claim or a name, and what is asked is lost. Pure; a text without
"which" or "what" pays two substring tests. Called on normalised text by ``place_lead.place_last``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_SUBJECT = r"(?:is it true that )?(?P<x>(?!(?:which|what|who|when|where|how|did|does|is|was|it|he|she|they|there)\b)(?:\S+ ){0,7}?\S+)"
_NOUN = r"(?P<noun>(?:\S+ ){0,3}?\S+)"
_BY_WHICH = lazy_pattern(rf"^{_SUBJECT} (?:was|were|is|are) (?P<part>(?:co ?)?(?:hosted|organi[sz]ed|opened|run|chaired|attended|written|published|signed|agreed)) by (?:which|what) {_NOUN}$")
_AT_WHICH = lazy_pattern(rf"^{_SUBJECT} (?P<be>was|were|is|are) (?P<part>(?:held|hosted|organi[sz]ed|signed|agreed|published) )?(?P<prep>in|at|on) (?:which|what) {_NOUN}$")
#: "was the tirana conference in which hotel": the same, put in a yes/no question's order by the steps before.
_BE_FIRST_AT_WHICH = lazy_pattern(rf"^(?P<be>was|were|is|are) (?P<x>(?!(?:there|it|he|she|they)\b)(?:\S+ ){{0,7}}?\S+) (?P<part>(?:held|hosted|organi[sz]ed|signed|agreed|published) )?(?P<prep>in|at|on) (?:which|what) {_NOUN}$")
#: "london 2019 pledge conference which month": a gathering named, then when or where asked with no verb.
_NAMED_WHICH = lazy_pattern(r"^(?P<x>(?:\S+ ){0,6}?(?:conference|summit|meeting|pledge|exercise|conf)(?: (?:19|20)\d\d)?),? (?:which|what) "
                            r"(?P<noun>month|day|days|date|dates|year|city|town|country|venue|building|place)$")


def wh_first(text: str) -> str:
    """Normalised ``text`` ending in "by/in/at which <noun>" asked with that phrase first; else ``text``."""
    if " which " not in text and " what " not in text:
        return text
    if by := _BY_WHICH.match(text):
        return f"which {by['noun']} {by['part']} {by['x']}"
    if at := _AT_WHICH.match(text):
        return f"{at['prep']} which {at['noun']} {at['be']} {at['x']}{' ' + at['part'].strip() if at['part'] else ''}"
    if at := _BE_FIRST_AT_WHICH.match(text):
        return f"{at['prep']} which {at['noun']} {at['be']} {at['x']}{' ' + at['part'].strip() if at['part'] else ''}"
    if named := _NAMED_WHICH.match(text):
        return f"which {named['noun']} was {named['x']}"
    return text
