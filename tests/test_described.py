"""Descriptions are resolved from the knowledge itself: on a generated knowledge (other cities, countries, people and
roles than the shipped file's), an event named by its host and a person by their role and where they spoke, or by
whom they came before, resolve to that entry; a description nothing fits is an honest miss, never another entry."""

from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from bot.answering.described import described
from bot.answering.lookup import Lookup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generated import Sizes, build_knowledge  # noqa: E402

TODAY = dt.date(2026, 11, 9)


@pytest.fixture(scope="module")
def lookup() -> Lookup:
    return Lookup(build_knowledge(Sizes(quotes=1_000, events=120, people=30), root=ROOT))


def test_an_event_named_by_its_host_and_year_is_named(lookup):
    event = next(e for e in lookup.events_by_date if e.city and e.hosts and len(e.hosts[0].split()) == 1)
    found = described(lookup, f"who spoke at the one {event.hosts[0]} hosted in {event.when.start.year}", TODAY)
    assert found is not None
    if found.reply is None:
        assert event.city in found.text
    else:  # the host held several that year: each is named
        assert any(ref.id == event.id for ref in found.reply.items)


def test_a_speaker_named_by_role_and_city_is_named(lookup):
    event = next(e for e in lookup.events_by_date if e.city and len(e.speakers) >= 2)
    person = lookup.knowledge.people[event.speakers[0]]
    role = person.roles[0].title.split(" of ")[0].lower()
    found = described(lookup, f"what did the {role} who spoke in {event.city} say", TODAY)
    assert found is not None
    names = [ref.id for ref in found.reply.items] if found.reply else []
    assert person.name in found.text or person.id in names


def test_the_holder_before_someone_in_a_role_is_named(lookup):
    holders = defaultdict(list)
    for person in lookup.knowledge.people.values():
        for role in person.roles:
            holders[role.title].append((role.start.first_day(), person))
    title, held = next((t, sorted(h, key=lambda x: x[0])) for t, h in holders.items() if len({d for d, _ in h}) >= 2)
    found = described(lookup, f"what did the person who was {title} before {held[1][1].name} say", TODAY)
    assert found is not None and found.reply is None and held[0][1].name in found.text


def test_a_description_nothing_fits_is_an_honest_miss(lookup):
    person = next(iter(lookup.knowledge.people.values()))
    found = described(lookup, f"what did the guy who was {person.roles[0].title} before {person.name} say", TODAY)
    earlier = [p for p in lookup.knowledge.people.values() for r in p.roles
               if r.title == person.roles[0].title and r.start and r.start < person.roles[0].start]
    if not earlier:
        assert found is not None and found.reply is not None and found.reply.kind == "not_found"


def test_the_holder_of_a_role_when_a_city_of_the_knowledge_hosted_an_event_is_named(lookup):
    from bot.answering.search import normalize
    from bot.answering.topics.roles_then import answer_role_then

    def holders_on(day):
        return [(role.title, person) for person in lookup.knowledge.people.values() for role in person.roles
                if role.start.first_day() <= day and (role.end is None or day <= role.end.first_day())]

    kinds_in = defaultdict(list)
    for event in lookup.events_by_date:
        kinds_in[(event.city, event.kind)].append(event)
    event, (title, holder) = next((e, held[0]) for (city, _), events in kinds_in.items() if city and len(events) == 1
                                  for e in events if (held := holders_on(e.when.start.first_day())))
    reply = answer_role_then(lookup, normalize(f"who was the {title} when {event.city} hosted the {event.kind}?"), TODAY)
    assert reply is not None and holder.name in reply.title and event.name in reply.title


@pytest.fixture(scope="module")
def generated_bot(lookup):
    from bot.answering.engine import Engine
    from bot.service import Bot

    return Bot(Engine(lookup.knowledge), clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


def _cities_holding(lookup, kind):
    """The knowledge's own cities (none of them in the gazetteer) -> their events of ``kind``."""
    from bot.answering.places import PLACES
    from bot.answering.search import normalize

    held = defaultdict(list)
    for event in lookup.events_by_date:
        if event.city and normalize(event.city) not in PLACES:
            held[event.city].append(event)
    return {city: [e for e in events if e.kind == kind] for city, events in held.items()}


def test_a_city_only_the_knowledge_knows_holding_several_of_a_kind_is_asked_which(lookup, generated_bot):
    from bot.request import Request

    city, events = next((c, es) for c, es in _cities_holding(lookup, "conference").items() if len(es) >= 2)
    reply = generated_bot.handle(Request(f"when was the conference in {city}?"))
    assert {ref.id for ref in reply.items} >= {e.id for e in events} and "which one" in reply.title


def test_a_city_only_the_knowledge_knows_said_to_host_a_kind_it_never_held_is_a_miss(lookup, generated_bot):
    from bot.request import Request
    from tests.answers.scoring import is_miss

    city = next(c for c, es in _cities_holding(lookup, "summit").items() if not es)
    reply = generated_bot.handle(Request(f"when was the summit in {city}?"))
    assert is_miss(reply) and city in reply.title
