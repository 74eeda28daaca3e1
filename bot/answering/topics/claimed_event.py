"""The gathering a claim names besides its subject, and whether a gathering was held in a place.

    event_in(lookup, "was agreed at the wales summit in 2014")  -> NATO Wales Summit 2014
    held_in(<Berlin 2023>, <Place Berlin>)                       -> True

Shared by the claim checks of events, pledges and initiatives. Pure.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ..claims import CLAIM_VERB
from ..lookup import Lookup
from ..mentions import find_year
from ..places import places_in
from ..search import normalize, tokens
from .events import find_event
from ..presence_words import MANNER

FILLER = frozenset("very ever actually really also the first annual nato held in at on of by as kind sort type whatsoever event gathering".split())  # "of any kind"
#: How someone took part names no gathering: "rutte attended in person" must not find an event by "person".


def event_in(lookup: Lookup, predicate: str, besides: Event | None = None) -> Event | None:
    """The event the predicate names by more than a year ("at the wales summit in 2014"), if any; by its place
    when the rest of the words name none ("gave the opening remarks at the hague")."""
    text = MANNER.sub(" ", CLAIM_VERB.sub(" ", predicate))
    if not [t for t in tokens(text) if t not in FILLER and not t.isdigit()]:
        return None
    year = find_year(predicate)
    event = find_event(lookup, text) or next(filter(None, (find_event(lookup, f"{p.name} {year or ''}") for _, p in places_in(predicate)
                                                           if p.is_city)), None)  # "the uk foreign secretary": no gathering
    return event if event is not besides else None


def held_in(event: Event, place) -> bool:
    """Whether ``event`` was held in ``place`` (a city by its name, else a country)."""
    city, country = normalize(event.city or ""), normalize(event.country or "")
    return f" {normalize(place.name)} " in f" {city} " if place.is_city else normalize(place.country) == country  # "washington d c"
