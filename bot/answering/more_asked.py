"""A follow-up asking for the rest of the last answer's list: "more", "anything else?", "the rest", "next page".

    after "what did rutte say in tirana" (3 of his 4 quotes shown; the rest: "quotes Mark Rutte")
    "anything else?"   -> "quotes Mark Rutte"
    after "quotes stoltenberg" (page 1)
    "more pls"         -> "quotes stoltenberg page 2"

Only a message that asks nothing else is read so, and only where the last answer left something out
(``Reply.more_hint``); where nothing was, it is more of the entry talked about. A vague ask of it ("why?", "context?",
"and?", "why not?" after a quote's trust) is the same: the entry's whole card (an event's or decision's summary and
note, a quote with its trust and note), all the knowledge holds of it. Pure.
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
    was left out, or it asks vaguely ("why?", "context?"), the card of the entry talked about; else None."""
    asked = normalize(text)
    if (_CUES.isdisjoint(words := asked.split()) or not _MORE.match(asked)) and (_VAGUE_CUES.isdisjoint(words) or not _VAGUE.match(asked)):
        return None
    if more and _MORE.match(asked):  # the rest of a list, never for "why?"
        return more
    item = lookup.item(subject) if subject is not None and subject.type in _CARDS else None
    return f"{_CARDS[subject.type]} {item.id if subject.type == 'quote' else item.name}" if item is not None else None


#: The command showing all the knowledge holds of one entry (a quote by its id: its words are no name).
_CARDS = {"event": "event", "person": "who", "pledge": "pledge", "initiative": "pledge", "quote": "quote"}
#: A vague ask of the last entry: "why?", "context?", "background pls", "and?", "why not?" (after "unverified").
_VAGUE = lazy_pattern(r"^(?:(?:and|ok|okay|so|hmm|wait|but)\s+)?(?:why|why not|why so|how come|how so|context|some context|any context|the context|background"
                      r"|some background|any background|the background|and|and then|explain|explain please|explain that|meaning|what does that mean"
                      r"|what do you mean|in what sense|like what|such as)(?:\s+(?:please|pls|thanks|then))?$")
_VAGUE_CUES = frozenset("why come so context background and explain meaning mean sense like such".split())
