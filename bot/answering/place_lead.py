"""A place or gathering put first, with no comma, before a question in statement order: the place put last.

    "in rome stoltenberg asked the allies for what exactly" -> "stoltenberg asked the allies for what exactly in rome"
    "at the hague ollongren said what"                       -> "ollongren said what at the hague"
    "is it true that stoltenberg said in rome that china is an enemy" -> "did stoltenberg say china is an enemy in rome"

Read as typed, "in rome stoltenberg" is one name and the ask is lost; with the place last, the routes read the
speaker, the verb and the place. Only a statement ending in its question word is moved. Pure; a text not
starting "in", "at" or "during" pays one test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES
from .next_claimed import next_asked
from .uninverted import uninverted
from .wh_last import wh_first

_VERB = r"(?:asked|said|told|called|urged|promised|announced|warned|demanded|requested|proposed|suggested|wanted|mentioned|stressed|spoke about|talked about)"
_LEAD_FIRST = lazy_pattern(
    r"^(?P<lead>(?:in|at|during) (?:the )?(?!(?:which|what|whose|this|that|his|her)\b)[a-z]+(?: (?:conference|summit|speech|address|remarks|article|(?:19|20)\d\d))?) "
    r"(?P<rest>(?!(?:was|were|is|did|does|the|a|an|it|he|she|they|who|what|which|when|where|how)\b)[a-z]+(?: [a-z]+)? " + _VERB
    + r" (?:[a-z]+ ){0,6}?(?:what|who|whom|which|where|when)(?: exactly| precisely| then)?)$")

#: A claim of what someone said somewhere, the place inside it: "is it true that stoltenberg said in rome that china is an enemy".
_AT = r"(?:in|at) (?:the )?(?P<place{n}>[a-z]+)(?: (?:pledge )?(?:conference|summit|meeting|speech))?"
_SAID_THERE = lazy_pattern(r"^(?:is it true that )?(?P<who>(?!(?:what|who|which|when|where|how|there|it|that|this|he|she|they|someone|somebody|anyone|anybody|everything|anything|something|all)\b)[a-z]+(?: [a-z]+)?)"
                           rf" said (?:{_AT.format(n=1)} (?:that )?|that )(?P<words>.+?)(?: {_AT.format(n=2)})?(?: right| correct| true| no| yes)?$")


def place_last(text: str) -> str:
    """Normalised ``text`` with a leading place moved after a statement-order question; a claim of what someone said
    at a place asked as "did X say <words> in <place>" (the words checked, then where they were said); a "which <noun>"
    put last asked first (``wh_last``), a question without "did" or inversion put in order (``uninverted``), a claim of which came next asked as which
    did (``next_claimed``); else ``text``."""
    text = next_asked(uninverted(wh_first(text)))
    if " said " in text and (said := _SAID_THERE.match(text)) and (place := said["place1"] or said["place2"]) in PLACES:
        return f"did {said['who']} say {said['words']} in {place}"
    if not text.startswith(("in ", "at ", "during ")) or not (match := _LEAD_FIRST.match(text)):
        return text
    return f"{match['rest']} {match['lead']}"
