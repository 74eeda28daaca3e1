"""A generated knowledge file of any size, with its seed articles, that the real loader validates.

    python benchmarks/generated.py /tmp/big --quotes 100000     # writes knowledge/generated.yaml + seeds/

It looks like real knowledge: people with dated roles, events of every kind
in cities and countries on days spread over 26 years (some known only to the
month or year, some lasting days), quotes from 4 to 60 words drawn with a
Zipf skew from a vocabulary of about 20,000 words (the shipped quotes' words
plus made-up ones), so a few words are in most quotes and most are rare, and
quotes name their topics, cities and people now and then. Every quote is
printed verbatim in a seed article that its source cites, so the loader's
seed check runs as it does on the real file. Fixed seed: the same arguments
write the same bytes.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_SYLLABLES = "ka ro mi tes va lun dor pe si qua ber tol an ex li mon ra vek os ti nu gal fer hin sa zo bel dru ne ust".split()
_KINDS = ("conference",) * 8 + ("summit",) * 2 + ("exercise",) * 4 + ("meeting",) * 3 + (
    "campaign", "incident", "publication", "announcement")
_SERIES = ("Cyber Defence Conference", "Cyber Resilience Forum", "Digital Security Summit", "Cyber Coalition",
           "Locked Shields", "Pledge Conference", "Cyber Threat Meeting", "Information Assurance Symposium")
_ROLES = ("Minister of Defence", "Chief of Cyber Command", "Head of the National Cyber Security Centre",
          "Deputy Secretary General", "Ambassador to NATO", "Director of Cyber Policy", "Chief Information Officer",
          "Foreign Minister", "Prime Minister", "Commander of Allied Command Transformation")
_TOPICS = ("deterrence resilience investment ransomware attribution espionage sabotage elections norms hybrid "
           "infrastructure energy space partnerships industry training exercises intelligence sovereignty "
           "cooperation ukraine russia china supply cloud quantum ai defence pledge coalition innovation "
           "workforce privacy encryption satellites undersea cables drones disinformation").split()
_FIRST_NAMES_PER_LAST = 3
QUOTES_PER_SEED = 500


@dataclass(frozen=True)
class Sizes:
    quotes: int
    events: int
    people: int

    @classmethod
    def for_quotes(cls, quotes: int, events: int | None = None, people: int | None = None) -> Sizes:
        return cls(quotes, events or max(20, quotes // 10), people or max(30, quotes // 100))


def made_up_words(rng: random.Random, count: int, *, low: int = 2, high: int = 4) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(low, high))))
    return sorted(words)


def real_words(root: Path) -> list[str]:
    """The words of the shipped seed articles, most frequent first: the head of the vocabulary, as in real text."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt")))
    counts = Counter(w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 1 or w in "ai")
    return sorted(counts, key=lambda w: (-counts[w], w))


class _Writer:
    """Random text drawn from a Zipf-skewed vocabulary."""

    def __init__(self, rng: random.Random, vocabulary: list[str]):
        self.rng = rng
        self.vocabulary = vocabulary
        self.cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(vocabulary))))

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=count)

    def sentence(self, count: int, extra: list[str] = ()) -> str:
        words = self.words(count)
        for word in extra:  # a name, a city or a topic the quote mentions
            words.insert(self.rng.randrange(len(words) + 1), word)
        if len(words) > 8 and self.rng.random() < 0.4:
            words[self.rng.randrange(3, len(words) - 3)] += ","
        return " ".join(words)[:1].upper() + " ".join(words)[1:] + self.rng.choice(".....!?")

    def quote_length(self) -> int:
        roll = self.rng.random()
        return self.rng.randint(4, 9) if roll < 0.25 else self.rng.randint(10, 25) if roll < 0.8 else self.rng.randint(26, 60)


def write_corpus(directory: Path, sizes: Sizes, *, root: Path, seed: int = 7) -> Path:
    """Write ``directory/knowledge/generated.yaml`` and its seeds in ``directory/seeds``; return the YAML path."""
    (directory / "knowledge").mkdir(parents=True, exist_ok=True)
    (directory / "seeds").mkdir(exist_ok=True)
    corpus = _Corpus(sizes, root, seed)
    seed_file = None
    yaml_path = directory / "knowledge" / "generated.yaml"
    with yaml_path.open("w", encoding="utf-8") as out:
        out.write("version: 1\n")
        _section(out, "sources", corpus.sources)
        _section(out, "people", corpus.people)
        _section(out, "events", corpus.events)
        out.write("quotes:\n")
        for n, quote, seed_line in corpus.quotes():
            source = corpus.sources[n // QUOTES_PER_SEED]
            if n % QUOTES_PER_SEED == 0:
                if seed_file:
                    seed_file.close()
                seed_file = (directory / "seeds" / source["seed"]).open("w", encoding="utf-8")
                seed_file.write(f"{source['title']}\n\n")
            seed_file.write(seed_line)
            _entry(out, quote)
        if seed_file:
            seed_file.close()
    return yaml_path


def build_knowledge(sizes: Sizes, *, root: Path, seed: int = 7):
    """The same corpus as ``write_corpus`` writes, built straight into the model's objects: no YAML, no
    validation, no seed check (for sizes whose YAML is too big to load on a small machine)."""
    from bot.knowledge.model import DateSpan, Event, FuzzyDate, Knowledge, Person, Quote, Role, Source

    corpus = _Corpus(sizes, root, seed)
    day = functools.lru_cache(maxsize=None)(FuzzyDate.parse)
    knowledge = Knowledge("generated (built in memory)")
    for s in corpus.sources:
        knowledge.sources[s["id"]] = Source(s["id"], s["title"], s["publisher"], seed=s["seed"])
    for p in corpus.people:
        roles = tuple(Role(r["title"], day(r["from"]), day(r["to"]) if "to" in r else None) for r in p["roles"])
        knowledge.people[p["id"]] = Person(p["id"], p["name"], tuple(p["aliases"]), roles)
    for e in corpus.events:
        when = DateSpan(day(e["start"]), day(e["end"]) if "end" in e else None)
        knowledge.events[e["id"]] = Event(e["id"], e["name"], e["kind"], when, e["city"], e["country"], hosts=tuple(e["hosts"]),
                                          speakers=tuple(e["speakers"]), summary=e["summary"], series=e.get("series"),
                                          sources=tuple(e["sources"]))
    for _, q, _ in corpus.quotes():
        knowledge.quotes[q["id"]] = Quote(q["id"], q["speaker"], q["text"], q["source"], said=day(q["said"]), event=q["event"],
                                          topics=tuple(q.get("topics", ())))
    return knowledge


class _Corpus:
    """Sources, people and events drawn at once; quotes drawn one by one (``quotes``), with the line of
    the seed article that prints each. The same arguments draw the same corpus."""

    def __init__(self, sizes: Sizes, root: Path, seed: int):
        rng = self.rng = random.Random(seed)
        self.sizes = sizes
        made_up = made_up_words(rng, 20_000, low=1, high=4)
        rng.shuffle(made_up)
        vocabulary = real_words(root) + made_up
        writer = _Writer(rng, vocabulary)
        topics = _TOPICS + made_up_words(rng, 150)
        countries = [w.capitalize() + rng.choice(("ia", "land", "stan", "ova", "")) for w in made_up_words(rng, 60)]
        cities = [w.capitalize() for w in made_up_words(rng, max(100, sizes.events // 8), low=2, high=3)]
        words = set(vocabulary)  # names are not words of the quotes, as "Rutte" is not an English word
        lasts = [w.capitalize() for w in made_up_words(rng, 2 * max(10, sizes.people // _FIRST_NAMES_PER_LAST), low=3, high=4)
                 if w not in words][: max(10, sizes.people // _FIRST_NAMES_PER_LAST)]
        firsts = [w.capitalize() for w in made_up_words(rng, 800, low=3, high=3) if w not in words][:400]

        people = []
        names = set()
        while len(people) < sizes.people:
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            if rng.random() < 0.05:
                name = name.replace("a", "ă", 1).replace("s", "ș", 1)
            if name in names:
                continue
            names.add(name)
            start = rng.randint(1995, 2024)
            role = {"title": f"{rng.choice(_ROLES)} of {rng.choice(countries)}", "from": f"{start}-{rng.randint(1, 12):02d}-01"}
            if rng.random() < 0.5:
                role["to"] = f"{start + rng.randint(1, 8)}-{rng.randint(1, 12):02d}-01"
            people.append({"id": f"person-{len(people)}", "name": name, "aliases": [name.split()[-1]], "roles": [role]})

        source_count = (sizes.quotes + QUOTES_PER_SEED - 1) // QUOTES_PER_SEED or 1
        sources = [{"id": f"src-gen-{n:04d}", "title": f"Generated article {n}", "publisher": "generated.example",
                    "seed": f"gen-{n:04d}.txt"} for n in range(source_count)]

        events = []
        for n in range(sizes.events):
            kind = rng.choice(_KINDS)
            city, country = rng.choice(cities), rng.choice(countries)
            year, month, day = rng.randint(2000, 2026), rng.randint(1, 12), rng.randint(1, 28)
            precision = rng.random()
            start = f"{year}-{month:02d}-{day:02d}" if precision < 0.9 else f"{year}-{month:02d}" if precision < 0.97 else f"{year}"
            series = rng.choice(_SERIES)
            event = {"id": f"event-{n}", "name": f"{series} {city} {year}", "kind": kind, "start": start, "city": city,
                     "country": country, "hosts": [country], "speakers": [p["id"] for p in rng.sample(people, rng.randint(2, 5))],
                     "summary": writer.sentence(rng.randint(12, 40), [city]), "sources": [rng.choice(sources)["id"]]}
            if precision < 0.9 and kind in ("conference", "summit", "exercise") and rng.random() < 0.5:
                event["end"] = f"{year}-{month:02d}-{min(28, day + rng.randint(1, 3)):02d}"
            if rng.random() < 0.5:
                event["series"] = series
            events.append(event)

        self.writer, self.topics, self.sources, self.people, self.events = writer, topics, sources, people, events
        self.names = {p["id"]: p["name"] for p in people}

    def quotes(self):
        """(number, quote entry, seed line) for every quote, in file order."""
        rng, writer, topics, events = self.rng, self.writer, self.topics, self.events
        for n in range(self.sizes.quotes):
            event = rng.choice(events)
            speaker = rng.choice(event["speakers"])
            quote_topics = rng.sample(topics, rng.randint(0, 3))
            extra = [w for w in quote_topics[:1] + [event["city"]] if rng.random() < 0.3]
            text = " ".join(writer.sentence(writer.quote_length() if k == 0 else rng.randint(4, 15), extra if k == 0 else ())
                            for k in range(1 if rng.random() < 0.8 else 2))
            source = self.sources[n // QUOTES_PER_SEED]
            seed_line = f"{self.names[speaker]} said: “{text}” {writer.sentence(rng.randint(5, 20))}\n"
            quote = {"id": f"quote-{n}", "speaker": speaker, "text": text, "source": source["id"], "said": event["start"],
                     "event": event["id"]}
            if quote_topics:
                quote["topics"] = quote_topics
            yield n, quote, seed_line


def _section(out, name: str, entries: list[dict]) -> None:
    out.write(f"{name}:\n")
    for entry in entries:
        _entry(out, entry)


def _entry(out, entry: dict) -> None:
    """One list item in block style; every value JSON-encoded (a JSON string is a YAML double-quoted scalar)."""
    lines = []
    for key, value in entry.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            for record in value:
                fields = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in record.items())
                lines.append(f"  - {{{fields}}}")
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    out.write("  - " + "\n    ".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--events", type=int)
    args = parser.parse_args()
    path = write_corpus(args.directory, Sizes.for_quotes(args.quotes, args.events), root=Path(__file__).resolve().parent.parent)
    print(path)


if __name__ == "__main__":
    main()
