"""A list's events narrowed to where its filter says they were held: "events netherlands", "which conference was in
the netherlands" list The Hague's, never Berlin's because its text names a Dutch speaker.

Only events whose place is recorded are judged: one with none (an attack, an exercise) stays when its text matched.
A word that names several things ("wales", "georgia": ``places.AMBIGUOUS``) narrows nothing. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..knowledge.model import Event
from .description_words import held_in
from .places import AMBIGUOUS, PLACES, Place


def places_named(words: Iterable[str]) -> list[Place]:
    """The places ``words`` (a list's filter, normalised) name, one a word; none for a word of several things."""
    return [PLACES[word] for word in words if word in PLACES and word not in AMBIGUOUS]


def held_where_named(words: Iterable[str], events: list[Event]) -> list[Event]:
    """``events`` held in every place ``words`` (a list's filter, normalised) name, and those with no place recorded."""
    places = places_named(words)
    if not places:
        return events
    return [event for event in events if not (event.city or event.country) or all(held_in(event, place) for place in places)]
