"""The people an event records for a party, and the event a party's question means when it names none.

    "who was the dutch minister next to odobescu at that conference" -> The Hague 2024 (the one both are recorded at)
    "who represented nato at the conference"                         -> which one? the events NATO is recorded at

A party is ``participants.Party`` (a country or NATO, with the roles asked); it is read, never built, here.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event, Person, Role
from ...reply import Reply
from .. import event_messages
from ..listing import PAGE_SIZE
from ..lookup import Lookup
from ..mentions import KIND_WORDS as _KIND_OF
from ..phrasing import item_refs
from .events import event_line
from .named_event import GATHERINGS
from ..normalizing import word_set


def role_then(person: Person, day: dt.date) -> Role | None:
    """The role ``person`` held on ``day`` (a role without dates counts as held), the latest if several."""
    held = [r for r in person.roles if r.held_on(day)]
    return held[-1] if held else None


def people_at(lookup: Lookup, event: Event) -> list[tuple[Person, str]]:
    """Everyone the knowledge records at ``event``: its speakers ("spoke"), then its participants ("took part")."""
    people = lookup.knowledge.people
    return [(people[p], "spoke") for p in event.speakers if p in people] + [
        (people[p], "took part") for p in event.participants if p in people and p not in event.speakers
    ]


def party_event(lookup: Lookup, party, text: str) -> Event | Reply | None:
    """The one event the party is recorded at that fits the people ``text`` names, else which one? (a usage reply);
    None when ``text`` asks about no event."""
    kind = next((_KIND_OF[w] for w in text.split() if w in _KIND_OF), None)
    if kind is None and not {"event", "events"} & word_set(text):
        return None  # "who was the romanian minister": no event asked about
    holders = [p for p in lookup.knowledge.people.values() if any(map(party.holds, p.roles))]  # who ever held a role of the party's
    attended = {id(e) for p in holders for e in lookup.events_attended(p)}
    events = [e for e in reversed(lookup.events_by_date) if id(e) in attended and e.kind in GATHERINGS and (kind is None or e.kind == kind)
              and any(party.holds(role_then(p, _day(e))) for p, _ in people_at(lookup, e))]
    beside = [e for e in events if _names_one_of(lookup, text, e)]  # "next to odobescu": where she was too
    if len(beside) == 1 or len(events) == 1:
        return (beside or events)[0]
    shown = events[:PAGE_SIZE]  # newest first
    return Reply("usage", event_messages.which_event(party.label, len(events), kind or "event"), blocks=tuple(event_line(e) for e in shown),
                 items=item_refs(shown), suggestions=tuple(f"event {e.name}" for e in shown[:2]) + ("events",))


def _names_one_of(lookup: Lookup, text: str, event: Event) -> bool:
    named = lookup.named(text, on=_day(event)).people
    return any(person in named for person, _ in people_at(lookup, event))


def _day(event: Event) -> dt.date:
    return event.when.start.first_day()
