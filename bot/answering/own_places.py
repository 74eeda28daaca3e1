"""The knowledge's own places that the gazetteer (``places.PLACES``) does not know.

A bigger knowledge file names cities no gazetteer holds ("Monsiro"); a question
naming one ("the conference in Monsiro") names a place all the same, and is held
to it as to any other.
"""

from __future__ import annotations

from .lookup import Lookup
from .per_load import PerLoad, per_load
from .places import PLACES, Place
from .search import normalize

_CITY_NAMES = PerLoad("own_places.city_names")


def own_cities(lookup: Lookup) -> dict[str, Place]:
    """The cities of the knowledge's events the gazetteer does not know, by normalised name."""
    return per_load(_CITY_NAMES, lookup, lambda lookup: {
        normalize(e.city): Place(e.city, e.country or "", True) for e in lookup.events_by_date if e.city and normalize(e.city) not in PLACES})


def names_own_city(lookup: Lookup, normalised: str) -> bool:
    """Whether ``normalised`` names one of ``own_cities`` (up to three words long)."""
    cities = own_cities(lookup)
    if not cities:
        return False
    words = normalised.split()
    return any(" ".join(words[n : n + size]) in cities for n in range(len(words)) for size in (1, 2, 3))
