"""A follow-up asking for the rest of the last answer's list: "more", "anything else?", "the rest", "next page".

    after "what did rutte say in tirana" (3 of his 4 quotes shown; the rest: "quotes Mark Rutte")
    "anything else?"   -> "quotes Mark Rutte"
    after "quotes stoltenberg" (page 1)
    "more pls"         -> "quotes stoltenberg page 2"

Only a message that asks nothing else is read so, and only where the last answer left something out
(``Reply.more_hint``); where nothing was, it is more of the event or person talked about. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_MORE = lazy_pattern(r"^(?:(?:and|ok|okay|so|pls|please|can i see|show me|give me)\s+)*(?:more|show more|see more|load more|any more|anymore|some more"
                     r"|anything else|something else|any others?|others|what else|who else said something|the rest|rest|the rest of them|next|next page"
                     r"|the next page|page 2|keep going|go on|continue|the others|the other ones|list the rest|all of them|the full list"
                     r"|tell me more|more info|more information|more details|details|elaborate|go deeper)(?: about (?:it|that|him|her|them|this))?"
                     r"(?:\s+(?:please|pls|then|too|of them|quotes|ones))?$")
_CUES = frozenset("more anymore else others rest next page going go continue all full details elaborate deeper".split())


def more_asked(lookup: Lookup, text: str, more: str, subject: ItemRef | None) -> str | None:
    """``more`` (the command showing the rest of the last list) when ``text`` asks only for the rest; where nothing
    was left out, the card of the event or person talked about ("who spoke at berlin", then "more"); else None."""
    asked = normalize(text)
    if _CUES.isdisjoint(asked.split()) or not _MORE.match(asked):
        return None
    if more:
        return more
    item = lookup.item(subject) if subject is not None and subject.type in _CARDS else None
    return f"{_CARDS[subject.type]} {item.name}" if item is not None else None


_CARDS = {"event": "event", "person": "who"}  # the command showing all the knowledge holds of one entry
