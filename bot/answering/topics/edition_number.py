"""Which edition of its series an event was: "which edition of the pledge conference was Rome?".

    "which edition of the pledge conference was rome"    -> "NATO Cyber Defence Pledge Conference 2022 was edition 4 of …"
    "which edition was the tirana conference"            -> "… was edition 3 of the NATO Cyber Defence Conference series"
    "what number edition was the berlin one"             -> "… was edition 1 …"

The event is the one the words name (with the series, when one is named: "the pledge conference … rome" is not
the annual one); its position is its place among the series' editions, oldest first (``series_events``, from the
event index). A place or year naming no edition of the series asked is an honest miss.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from .. import event_messages, series_messages
from ..event_index import series_key
from ..lookup import Lookup
from ..constraints import missed, nearest, unmet
from ..mentions import find_mentions, find_series, series_events
from ...patterns import lazy_pattern
from .events import answer_events_list, event_reply, find_event
from .when_where import several_fit

_WHICH_EDITION = lazy_pattern(
    r"^(?:which|what)(?: number)? (?:edition|instal?ment|iteration)(?: number)?(?: in| of)?(?: (?:the )?(?P<series>(?:\S+ ){0,5}?(?:conference|conferences|series)))?"
    r" (?:was|is) (?P<x>.+?)(?: in (?:the|that|its) series)?$")
_VAGUE = frozenset("one thing event".split())


def answer_edition_number(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The reply to "which edition was X" (normalised), or None when it asks no such thing."""
    if "edition" not in question and "instal" not in question and "iteration" not in question:
        return None
    match = _WHICH_EDITION.match(question)
    if match is None:
        return None
    series_words = match["series"] or ""
    named = " ".join(w for w in match["x"].split() if w not in _VAGUE)
    mentions = find_mentions(lookup, f"{named} {series_words}", today)
    event = find_event(lookup, f"{named} {series_words}".strip())
    asked = find_series(f"{series_words} {named}") or (event.series if event is not None else None)
    if asked is not None and (mentions.places or mentions.year) and (
            event is None or unmet(event, mentions) or event.series is None or series_key(event.series) != series_key(asked)):
        failed = [f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year else [])
        return missed(lookup, asked, failed, nearest(lookup, mentions, mentions.kind))  # "... pledge conference was madrid"
    if not find_series(f"{series_words} {named}") and len(several := several_fit(lookup, named, today)) > 1:
        return answer_events_list(lookup, several, event_messages.several_fit(len(several), named))  # "the london conference": two
    if event is None or event.series is None or asked is None or series_key(event.series) != series_key(asked):
        return None  # left to the other steps
    editions = series_events(lookup, event.series)
    position = next((n for n, e in enumerate(editions, 1) if e is event), None)
    if position is None:
        return None
    reply = event_reply(lookup, event)
    return replace(reply, title=series_messages.edition_of(event.name, position, event.series))
