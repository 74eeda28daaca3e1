"""An edition counted at a place: "the second berlin cyber defence conference", "the 3rd conference in tallinn".

An ordinal and a place together name the Nth edition of a series held there (or
the Nth edition overall, when that one was held there). Where the answer the
routes found is neither — Berlin held only the first — the reply says so instead
of presenting the one edition the place did hold:

    "the second berlin cyber defence conference" -> "I have no second NATO Cyber Defence Conference in Berlin."
"""

from __future__ import annotations

from ..knowledge.model import Event
from ..reply import Reply
from .constraints import at_place, missed
from .lookup import Lookup
from .mentions import Mentions, series_events

_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}


def edition_at_place_missed(lookup: Lookup, event: Event, mentions: Mentions) -> Reply | None:
    """The honest miss when ``event`` is not the edition the question counts at its place, else None."""
    n = mentions.ordinal
    if not n or not mentions.places or not event.series:
        return None
    editions = series_events(lookup, event.series)
    held_there = [e for e in editions if any(at_place(e, p) for p in mentions.places)]
    if any(len(pool) >= n and pool[n - 1] is event for pool in (editions, held_there)):
        return None
    place = mentions.places[0].name
    return missed(lookup, f"{_WORDS.get(n, f'{n}th')} {event.series}", [f"in {place}"], held_there or editions[:3])
