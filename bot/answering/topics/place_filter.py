"""An ``events`` filter that names a place: the events held there (or named with it), not every event whose text mentions it.

    answer_events_at(lookup, "uk")               -> the London conferences of 2019 and 2024 (was: a photo whose text says "UK")
    answer_events_at(lookup, "vilnius")          -> the Vilnius summit and the announcement of its dates (not the Berlin conference)
    answer_events_at(lookup, "london 2024")      -> the London conference of 2024
    answer_events_at(lookup, "oslo")             -> "No events in Oslo in the knowledge"
    answer_events_at(lookup, "berlin baerbock")  -> None: more than a place, a year and a kind; the usual filter answers
"""

from __future__ import annotations

from ...knowledge.model import Event
from ...reply import Reply
from .. import event_index, messages
from ..constraints import at_place
from ..lookup import Lookup
from ..parse import MONTHS, parse_year
from ..places import Place, as_said, places_in
from ..search import normalize
from .events import KIND_WORDS, answer_events_list, events_newest_first
from .general import not_found

#: Words of a place filter that do not narrow it: "events in the uk pls", "all events held in estonia".
_NOT_NARROWING = frozenset("events event in at the all list held hold happened took place nato cyber defence defense of thing things stuff".split())


def answer_events_at(lookup: Lookup, args: str) -> Reply | None:
    """The events at the place ``args`` names, of the year and kind it names; None when it names no place or more."""
    normalised = normalize(args)
    found = places_in(normalised)
    if not found or lookup.by_id("event", args.strip()):  # an id picked from autocomplete names that event
        return None
    place_words = {w for name, _ in found for w in name.split()}
    rest = [w for w in normalised.split() if w not in place_words and w not in _NOT_NARROWING]
    year = parse_year(normalised)
    if any(w not in KIND_WORDS and w != str(year) for w in rest) or any(w in MONTHS for w in rest):
        return None  # "london baerbock", "london may": the usual filter
    kind = next((KIND_WORDS[w] for w in rest if w in KIND_WORDS), None)
    places = [p for _, p in found]
    events = [e for e in _near(lookup, places) if any(_there(e, p) for p in places)
              and (year is None or e.when.start.year <= year <= (e.when.end or e.when.start).year) and (kind is None or e.kind == kind)]
    where = " or ".join(as_said(p.name) for p in places) + (f" in {year}" if year else "")
    noun = f"{kind}s" if kind else "events"
    if not events:
        return not_found(messages.no_events(noun, f"in {where}"), suggestions=("events",))
    noun = noun[:-1] if len(events) == 1 else noun
    return answer_events_list(lookup, events_newest_first(events), f"{len(events)} {noun} in {where}", f"events {args}".strip())


def _near(lookup: Lookup, places: list[Place]) -> list[Event]:
    """Events whose place or name may hold one of ``places`` (from the index, never a scan of every event)."""
    index = lookup.event_index
    return list({id(e): e for p in places for name in (p.name, p.country) for e in event_index.with_words_of(index, name)}.values())


def _there(event: Event, place: Place) -> bool:
    """Held at ``place``, or named with it ("Announcement of the 2023 Vilnius Summit dates"); a co-host's country is not
    where it was held ("events in the us": not Rome 2022, which the United States co-hosted)."""
    held = at_place(event, place) and (place.is_city or normalize(event.country or "") == normalize(place.country))
    return held or f" {normalize(place.name)} " in f" {normalize(event.name)} "
