"""The event a question's words name, held to every place, year and series the question names.

    "what came out of the pledge conference in madrid"  -> honest miss: no Pledge Conference in Madrid
    "what was decided at the 2021 summit"               -> honest miss: no summit in 2021
    "what came out of the 2024 summit"                  -> the Washington summit (the one event that fits)

For the steps that answer before the routes (their replies are not guarded by
``understanding.guard``): the nearest event by name is never the answer when it fails what was named.
Reads only the event index's lists for the constraints named, never every event.
"""

from __future__ import annotations

import calendar

from ...knowledge.model import Event
from ...reply import Reply
from ..constraints import could_meet, missed, nearest, unmet
from ..lookup import Lookup
from ..mentions import Mentions
from ..search import STOPWORDS, normalize
from .events import find_event


def held_event(lookup: Lookup, words: str, mentions: Mentions) -> Event | Reply | None:
    """The event ``words`` name if it meets ``mentions``; else the one event that does; else the honest miss.
    None when the words name no event and the question names no place (nothing to hold an answer to)."""
    event = find_event(lookup, words)
    constrained = mentions.places or mentions.year or mentions.month or mentions.series
    if not constrained:
        return event
    named_more = _names_more(words, mentions)
    if event is not None and _significant(words) and not unmet(event, mentions):
        return event  # "the rome conference", "london pledge": the one the words name
    # "cyber coalition 2016": a thing of its own, not whatever else fits that year; "the 2024 summit": the one that fits
    fits = [] if named_more else [e for e in could_meet(lookup, mentions) if (mentions.kind is None or e.kind == mentions.kind) and not unmet(e, mentions)]
    if len(fits) == 1:
        return fits[0]
    if fits:
        return None  # "the 2024 conference", "2023": several fit, none is the one asked
    failed = unmet(event, mentions) if event is not None else []
    if event is None and not mentions.places:
        return None
    noun = mentions.series or mentions.kind or "event"
    named = [f"in {p.name}" for p in mentions.places] + ([f"in {_month_of(mentions)}{mentions.year}"] if mentions.year else [])  # "in June 2016", never "in 2016" of the one held in July 2016
    near = nearest(lookup, mentions, mentions.kind if mentions.kind != "incident" else None)
    return missed(lookup, noun, named or (failed if event is not None else []), near)


#: Words that only say which gathering of a series or kind is meant: "the 2024 nato summit", "the annual one".
_PLAIN = frozenset("the a an this that one nato cyber defence defense annual pledge conference conferences conf summit summits event "
                   "meeting exercise edition held in at of".split())


def _month_of(mentions: Mentions) -> str:
    """The month the question names, as it goes before the year ("June "), or ""."""
    return f"{calendar.month_name[mentions.month]} " if mentions.month else ""


def _names_more(words: str, mentions: Mentions) -> bool:
    """Whether ``words`` name something beyond the places, year, kind and series of ``mentions``."""
    named = {w for p in mentions.places for w in normalize(f"{p.name} {p.country}").split()}
    return any(w not in named for w in _significant(words))


def _significant(words: str) -> list[str]:
    """The words of ``words`` that name something (a place, a name), not only a year, a kind or a series."""
    return [w for w in normalize(words).split() if w not in _PLAIN and w not in STOPWORDS and not w.isdigit()]
