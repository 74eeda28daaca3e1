"""A country's part in NATO cyber defence, as far as the knowledge records it: what it hosted, who of it spoke.

    "what role does estonia play in nato cyber defence"  -> "Estonia in the knowledge: hosted 1 event; 2 people"
    "italy's contribution?", "what has romania done on cyber", "how was the netherlands involved"
    "what part did poland play"                          -> "Poland in the knowledge: hosted 1 event; no one of it"
    "what role does turkey play in nato cyber defence"   -> "The knowledge records nothing Turkey hosted, and no one from it"

The events a country hosted or co-hosted (``cohosted.host_countries``), then its people with their titles and how many
lines of theirs are quoted: what the knowledge can say of the country, never one entry of it presented as its whole part.
A city is no country ("what role did tirana play": its conference answers); a role asked of a country's people is theirs
("what role did the dutch minister play": her entry).
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs
from ..places import PLACES, as_said
from ..normalizing import normalize, word_set
from .cohosted import host_countries
from .events import event_line
from .people import role_text

_PLACE = r"(?:the )?(?P<place>[a-z]+(?: [a-z]+)?)"
_ASKED = (
    lazy_pattern(rf"^(?:what|which) (?:role|part) (?:does|did|do|has|have|is|was) {_PLACE} (?:play|played|playing|had|have|taken|take)\b(?P<rest>.*)$"),
    lazy_pattern(rf"^(?:what (?:is|was|s|were|are) )?{_PLACE}(?: s)? (?:role|part|contribution|contributions|involvement|record)\b(?P<rest>.*)$"),  # "italy s role", "germany contribution"
    lazy_pattern(rf"^what (?:has|have|did) {_PLACE} (?:done|do|contributed|contribute|achieved)\b(?P<rest>.*)$"),
    lazy_pattern(rf"^how (?:is|was|has|have) {_PLACE} (?:been )?(?:involved|contributed|contributing|taken part|took part)\b(?P<rest>.*)$"),
    lazy_pattern(rf"^(?:the )?(?:role|part|contribution|involvement) of {_PLACE}\b(?P<rest>.*)$"),
)
#: What the rest may say besides the country: "in nato cyber defence", "on cyber", "so far", "in the pledge story".
_ONLY_SCOPE = frozenset("in on for to at of the nato nato s alliance s cyber defence defense security cyberspace so far there this "
                        "pledge story overall exactly really actually ever been since joining matters area field domain".split())
_GATHERINGS = frozenset("conference conferences conf summit summits meeting event events edition exercise".split())
_CUES = frozenset("role part contribution contributions involvement involved done do contributed contribute record achieved".split())


def answer_country_part(lookup: Lookup, question: str, typed: str) -> Reply | None:
    """What the knowledge records of the country ``question`` asks the part of, or None for any other question (or one
    whose message, ``typed``, names a gathering or a year: "rome 2022 was co-hosted by italy and france. france's role?")."""
    if _CUES.isdisjoint(word_set(question)) or not _GATHERINGS.isdisjoint(words := normalize(typed).split()) or any(w.isdigit() for w in words):
        return None
    match = next((m for pattern in _ASKED if (m := pattern.match(question)) is not None), None)
    place = PLACES.get(match["place"]) if match is not None else None
    if place is None or place.is_city or not set(match["rest"].split()) <= _ONLY_SCOPE:
        return None
    country = as_said(place.country)
    country = country[:1].upper() + country[1:]  # "The Netherlands in the knowledge"
    events = host_countries(lookup).get(place.country, ())
    people = lookup.people_of(place.country)
    if not events and not people:
        return Reply("not_found", f"The knowledge records nothing {country} hosted, and no one from it",
                     suggestions=("events", "help who"))
    shown_events, shown_people = events[-SHOWN:][::-1], people[:SHOWN]  # a large knowledge: the newest events, the first people
    blocks = [event_line(event) for event in shown_events]
    blocks += [Block("", style="item", heading=f"{person.name}: " + "; ".join(role_text(r) for r in person.roles) + _quoted(lookup, person))
               for person in shown_people]
    hosted = f"hosted {len(events)} event{'s' * (len(events) != 1)}" if events else "hosted no event"
    whom = f"{len(people)} {'person' if len(people) == 1 else 'people'} of it" if people else "no one of it"
    return Reply("list", f"{country} in the knowledge: {hosted}; {whom}", blocks=tuple(blocks),
                 items=item_refs([*shown_events, *shown_people]), sources=source_refs(lookup.knowledge, [*shown_events, *shown_people]),
                 more_hint=f"events {match['place']}" if len(events) > SHOWN else None)


SHOWN = 10  # events, and people, listed at most: the title counts them all


def _quoted(lookup: Lookup, person) -> str:
    lines = len(lookup.quotes_of(person))
    return f" ({lines} line{'s' * (lines != 1)} quoted)" if lines else ""
