"""A generated knowledge of any size, for benchmarks: people, events and quotes from a fixed seed.

Words are drawn with a Zipf-like skew from the shipped quotes' words plus
made-up ones, so a few words are in most quotes (like "cyber") and most are
rare, as in real text.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

from bot.knowledge.model import DateSpan, Event, FuzzyDate, Knowledge, Person, Quote, Role

_SYLLABLES = "ka ro mi tes va lun dor pe si qua ber tol an ex li mon ra vek os ti nu gal fer hin".split()


def made_up_words(rng: random.Random, count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def generate(quotes: int = 100_000, events: int = 10_000, people: int = 1_000, *, base: Knowledge, seed: int = 7) -> Knowledge:
    """A knowledge with ``quotes`` quotes and ``events`` events, sourced from ``base``'s first seed source."""
    rng = random.Random(seed)
    real_words = sorted({w for q in base.quotes.values() for w in re.findall(r"[A-Za-z]+", q.text.lower()) if len(w) > 2})
    vocabulary = real_words + made_up_words(rng, 6_000)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    rng.shuffle(vocabulary)
    source = next(s for s in base.sources.values() if s.seed)
    topics = made_up_words(rng, 300)
    cities = [w.capitalize() for w in made_up_words(rng, 400)]

    generated_people = {}
    for n in range(people):
        first, last = (w.capitalize() for w in rng.sample(vocabulary, 2))
        person_id = f"person-{n}"
        role = Role(f"Minister of {rng.choice(topics).capitalize()}", FuzzyDate(2000 + n % 20))
        generated_people[person_id] = Person(person_id, f"{first} {last}{n}", aliases=(f"{last}{n}",), roles=(role,))
    person_ids = list(generated_people)

    generated_events = {}
    for n in range(events):
        year = 2000 + n % 26
        start = FuzzyDate(year, 1 + n % 12, 1 + n % 28)
        city = rng.choice(cities)
        event_id = f"event-{n}"
        name = f"{' '.join(rng.sample(vocabulary, 2)).title()} Conference {year}"
        speakers = tuple(rng.sample(person_ids, 3))
        generated_events[event_id] = Event(
            event_id, name, "conference", DateSpan(start), city=city, country="Generatia", hosts=(city,),
            speakers=speakers, summary=" ".join(rng.choices(vocabulary, weights, k=25)), sources=(source.id,),
        )
    event_ids = list(generated_events)

    generated_quotes = {}
    for n in range(quotes):
        event = generated_events[rng.choice(event_ids)]
        text = " ".join(rng.choices(vocabulary, weights, k=rng.randint(12, 30))).capitalize() + "."
        generated_quotes[f"quote-{n}"] = Quote(
            f"quote-{n}", rng.choice(event.speakers), text, source.id, said=event.when.start,
            event=event.id, topics=tuple(rng.sample(topics, rng.randint(1, 3))),
        )
    sources = {source.id: source}
    return Knowledge("generated", sources, generated_people, generated_events, {}, generated_quotes, {})


def write_yaml(knowledge: Knowledge, directory: Path) -> Path:
    """Write ``knowledge`` as a knowledge file plus the one seed its quotes cite."""
    (directory / "knowledge").mkdir(parents=True, exist_ok=True)
    (directory / "seeds").mkdir(exist_ok=True)
    seed_name = "generated.txt"
    (directory / "seeds" / seed_name).write_text("\n".join(q.text for q in knowledge.quotes.values()), encoding="utf-8")
    source = next(iter(knowledge.sources.values()))
    data = {
        "version": 1,
        "sources": [{"id": source.id, "title": source.title, "seed": seed_name}],
        "people": [
            {"id": p.id, "name": p.name, "aliases": list(p.aliases), "roles": [{"title": r.title, "from": r.start.iso()} for r in p.roles]}
            for p in knowledge.people.values()
        ],
        "events": [
            {"id": e.id, "name": e.name, "kind": e.kind, "start": e.when.start.iso(), "city": e.city, "country": e.country,
             "hosts": list(e.hosts), "speakers": list(e.speakers), "summary": e.summary, "sources": list(e.sources)}
            for e in knowledge.events.values()
        ],
        "quotes": [
            {"id": q.id, "speaker": q.speaker, "text": q.text, "source": q.source, "said": q.said.iso(), "event": q.event,
             "topics": list(q.topics)}
            for q in knowledge.quotes.values()
        ],
    }
    path = directory / "knowledge" / "generated.yaml"
    with path.open("w", encoding="utf-8") as out:
        yaml.safe_dump(data, out, sort_keys=False, allow_unicode=True, width=10_000)
    return path
