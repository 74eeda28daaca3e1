"""A place or gathering put first, with no comma, before a question in statement order: the place put last.

    "in rome stoltenberg asked the allies for what exactly" -> "stoltenberg asked the allies for what exactly in rome"
    "at the hague ollongren said what"                       -> "ollongren said what at the hague"

Read as typed, "in rome stoltenberg" is one name and the ask is lost; with the place last, the routes read the
speaker, the verb and the place. Only a statement ending in its question word is moved. Pure; a text not
starting "in", "at" or "during" pays one test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_VERB = r"(?:asked|said|told|called|urged|promised|announced|warned|demanded|requested|proposed|suggested|wanted|mentioned|stressed|spoke about|talked about)"
_LEAD_FIRST = lazy_pattern(
    r"^(?P<lead>(?:in|at|during) (?:the )?(?!(?:which|what|whose|this|that|his|her)\b)[a-z]+(?: (?:conference|summit|speech|address|remarks|article|(?:19|20)\d\d))?) "
    r"(?P<rest>(?!(?:was|were|is|did|does|the|a|an|it|he|she|they|who|what|which|when|where|how)\b)[a-z]+(?: [a-z]+)? " + _VERB
    + r" (?:[a-z]+ ){0,6}?(?:what|who|whom|which|where|when)(?: exactly| precisely| then)?)$")


def place_last(text: str) -> str:
    """Normalised ``text`` with a leading place moved after a statement-order question; else ``text``."""
    if not text.startswith(("in ", "at ", "during ")) or not (match := _LEAD_FIRST.match(text)):
        return text
    return f"{match['rest']} {match['lead']}"
