"""A follow-up pointing back with "those" or "these" and a noun the last event's own words use: asked of that event
(after an initiative, of its one event).

    after the "Protect the Future" photo: "and which countries were those content creators from"
        -> "and which countries were the content creators at stoltenberg meets young content creators (...) from"
    after The Hague 2024: "what did those ministers say" -> unchanged: "ministers" is none of the event's own words

Only a noun the event's name or summary holds is read so ("those conferences" after one conference is another
question). Pure; a message without "those" or "these" pays two substring tests.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_THOSE = lazy_pattern(r"\b(?:those|these) (?P<noun>(?:[a-z]+ ){0,2}?[a-z]+s)\b")


def those_named(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """``text`` (normalised) with "those <noun>" read as the last event's, when the event's words hold the noun; else None."""
    if subject.type not in ("event", "initiative") or (" those " not in f" {text} " and " these " not in f" {text} ") or (match := _THOSE.search(text)) is None:
        return None
    event = lookup.item(subject)
    if subject.type == "initiative":  # "the protect the future photo": the campaign's one gathering
        events = [e for e in map(lookup.knowledge.events.get, event.events) if e is not None]
        if len(events) != 1:
            return None
        event = events[0]
    own_words = set(normalize(f"{event.name} {event.summary or ''}").split())
    if match["noun"].split()[-1] not in own_words:
        return None
    return f"{text[: match.start()]}the {match['noun']} at {normalize(event.name)}{text[match.end():]}"
