"""Who spoke of a decision somewhere, right after it was answered: its own quotes said there, by whoever said them.

    after "what did they agree on cyber" at Vilnius (the new cyber defence concept)
    "who brought that up in berlin"   -> "who said “most of the time these attacks are difficult to …”" (Stoltenberg)
    "who mentioned it at the rome conference"  -> the concept's lines said in Rome: none, so the honest miss's words

Only after a pledge or decision whose entry names the quotes that speak of it, and only when the message is no more
than "who <raised> that/it [up] in|at <place>"; the quotes are the entry's own few, never a search of all quotes. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .follow_ups import QUOTE_WORDS
from .lookup import Lookup
from .places import places_in
from .search import normalize

_RAISED_THERE = lazy_pattern(r"^(?:and |so |ok )?who (?:else )?(?:brought|raised|mentioned|talked about|spoke about|spoke of|referred to|cited|discussed|pushed)"
                             r" (?:that|it|this)(?: up)?(?: again)? (?P<where>(?:in|at|during) .+)$")


def raised_there(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``text`` asked of the last decision's quotes said where it names, or None when it asks no such thing."""
    if subject is None or subject.type != "pledge" or not normalize(text).startswith(("who", "and who", "so who", "ok who")):
        return None
    if (asked := _RAISED_THERE.match(normalize(text))) is None or (pledge := lookup.item(subject)) is None:
        return None
    places = {place.name for _, place in places_in(asked["where"])}
    said = [q for q in (lookup.knowledge.quotes.get(i) for i in pledge.quotes) if q is not None and _said_in(lookup, q, places)]
    if not said:
        return f"who talked about {pledge.name} {asked['where']}"  # none of its lines was said there: the honest miss
    return f"who said “{' '.join(normalize(said[0].text).split()[:QUOTE_WORDS])}”"


def _said_in(lookup: Lookup, quote, places: set[str]) -> bool:
    """Whether ``quote`` was said at an event held in one of ``places`` (a city or a country)."""
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    return event is not None and bool({event.city, event.country} & places)
