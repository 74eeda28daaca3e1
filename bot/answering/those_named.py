"""A follow-up pointing back with "those" or "these" and a noun the last event's own words use: asked of that event
(after an initiative, of its one event).

    after the "Protect the Future" photo: "and which countries were those content creators from"
        -> "and which countries were the content creators at stoltenberg meets young content creators (...) from"
    after The Hague 2024: "what did those ministers say" -> unchanged: "ministers" is none of the event's own words
    after the photo: "which countries were they from?", "frm which countries" -> "which countries were the people at ... from"

"They", asked where from, is the people the event's summary says came from somewhere. Only a noun the event's name or summary holds is read so ("those conferences" after one conference is another
question). Pure; a message without "those" or "these" pays two substring tests and one anchored match.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_THOSE = lazy_pattern(r"\b(?:those|these) (?P<noun>(?:[a-z]+ ){0,2}?[a-z]+s)\b")
_THEY_FROM = lazy_pattern(r"^(?:and |so )?(?:fro?m (?:which|what) countr(?:y|ies)(?: (?:were|are|did) (?:they|the \w+)(?: come)?)?"
                          r"|(?:which|what) countr(?:y|ies) (?:were|are|did) they(?: come)? from|where (?:were|are|did) they(?: come)? from)\b")


def those_named(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """``text`` (normalised) with "those <noun>" read as the last event's, when the event's words hold the noun; else None."""
    if subject.type not in ("event", "initiative"):
        return None
    if (came := _THEY_FROM.match(text)) is not None:
        event = _the_event(lookup, subject)
        from_where = event is not None and " from " in (event.summary or "")  # "10 young content creators from Germany, ..."
        return f"which countries were the people at {normalize(event.name)} from{text[came.end():]}" if from_where else None
    if (" those " not in f" {text} " and " these " not in f" {text} ") or (match := _THOSE.search(text)) is None or (event := _the_event(lookup, subject)) is None:
        return None
    own_words = set(normalize(f"{event.name} {event.summary or ''}").split())
    if match["noun"].split()[-1] not in own_words:
        return None
    return f"{text[: match.start()]}the {match['noun']} at {normalize(event.name)}{text[match.end():]}"


def _the_event(lookup: Lookup, subject: ItemRef):
    """The event itself, or an initiative's one gathering ("the protect the future photo"); None for several."""
    event = lookup.item(subject)
    if subject.type == "initiative":  # "the protect the future photo": the campaign's one gathering
        events = [e for e in map(lookup.knowledge.events.get, event.events) if e is not None]
        return events[0] if len(events) == 1 else None
    return event
