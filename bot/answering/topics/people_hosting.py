"""Claims that people hosted an event: "Ollongren and Odobescu were the co-hosts", "was Baerbock the host in Berlin?".

The knowledge records hosts as countries and bodies, and people as speakers. Such a
claim is answered with the event's hosts, led by "Only partly:" where the people
spoke for host countries ("hosted by the Netherlands and Romania; Kajsa Ollongren and
Luminița Odobescu spoke there for them") and "No:" where they did not.
Must not answer a claim naming no hosting, nor one whose people share no event.
"""

from __future__ import annotations

from ...knowledge.model import Event, Person
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import join_words
from ..places import locations_in, places_in
from ..search import normalize
from .claim_people import Findings
from .events import event_reply
from ...patterns import lazy_pattern

_HOSTING = lazy_pattern(r"\b(?:hosted|co hosted|co hosts?|hosts|host|hosting|organi[sz]ed|co organi[sz]ed|organi[sz]ers?)\b")


def people_hosting(lookup: Lookup, people: tuple[Person, ...], predicate: str, event: Event | None, negated: bool) -> Reply | None:
    """The reply to a claim that ``people`` hosted ``event`` (else the one event they all spoke at), or None."""
    if not people or not _HOSTING.search(predicate):
        return None
    places = locations_in(predicate)  # "co hosted the berlin meeting": the one they spoke at there
    shared = [e for e in lookup.events_with(people[0]) if all(p.id in e.speakers for p in people) and all(_held_in(e, pl) for pl in places)]
    if len(shared) == 1 and (event is None or not all(p.id in event.speakers for p in people) or not all(_held_in(event, pl) for pl in places)):
        event = shared[0]
    if event is None:
        return None
    host_text = normalize(" ".join(event.hosts))
    hosts = join_words(event.hosts) or "no one the knowledge names"
    speakers = [p for p in people if p.id in event.speakers]
    for_hosts = [p for p in speakers if any(normalize(place.country) in host_text for role in p.roles
                                            for _, place in places_in(normalize(role.title)))]
    fact = f"{event.name} was hosted by {hosts}"
    if for_hosts:
        fact += f"; {join_words([p.name for p in for_hosts])} spoke there for the host {'countries' if len(for_hosts) > 1 else 'country'}"
    if others := [p for p in speakers if p not in for_hosts]:
        fact += f"; {join_words([p.name for p in others])} {'also ' if for_hosts else ''}spoke there"
    found = Findings()
    (found.partly if for_hosts else found.wrong).append(fact)
    return found.lead(event_reply(lookup, event, "hosts"), negated)


def _held_in(event: Event, place) -> bool:
    return normalize(place.name) == normalize(event.city or "") if place.is_city else normalize(place.country) == normalize(event.country or "")
