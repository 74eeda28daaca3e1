"""Draft knowledge entries from an article: a pure function of its text and the knowledge.

Everything drafted is the article's own words (quotes, names, headline), or a
known id; what a human must decide is carried as ``todo`` notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..knowledge.model import FuzzyDate, Knowledge
from ..knowledge.seeds import normalise
from .article import read_header
from .attribution import Speaker, attribute
from .dates import DateMention, find_dates
from .events import EventMatch, EventStub, event_stub, match_events
from .people import PeopleIndex, fuller_name
from .quotations import Quotation, find_quotations
from .text import slug, unique_id

MIN_WORDS = 5  # fewer words are a quoted phrase ("Protect the Future"), unless someone is said to say them


@dataclass(frozen=True)
class DraftSource:
    id: str
    title: str
    publisher: str | None
    author: str | None
    published: dt.date | None
    published_from_text: bool
    url: str | None
    seed: str


@dataclass(frozen=True)
class DraftPerson:
    id: str
    name: str
    aliases: tuple[str, ...]
    phrase: str  # the article's words that name them as a speaker


@dataclass(frozen=True)
class DraftEvent:
    id: str
    stub: EventStub


@dataclass(frozen=True)
class DraftQuote:
    id: str
    text: str
    speaker: str | None  # person id (known or drafted), None when nobody was found
    phrase: str  # the article's words that name the speaker
    said: FuzzyDate | None
    event: str | None
    todos: tuple[str, ...] = ()


@dataclass(frozen=True)
class Aside:
    """Something the curator should know about but that is not drafted: a known quote, a repeat."""

    text: str
    note: str


@dataclass(frozen=True)
class Draft:
    source: DraftSource
    people: tuple[DraftPerson, ...]
    events: tuple[DraftEvent, ...]
    matched_events: tuple[EventMatch, ...]
    quotes: tuple[DraftQuote, ...]
    asides: tuple[Aside, ...]


def draft(
    text: str,
    knowledge: Knowledge,
    *,
    file_name: str,
    url: str | None = None,
    publisher: str | None = None,
    published: dt.date | None = None,
) -> Draft:
    header = read_header(text, published)
    taken = _ids(knowledge)
    source = DraftSource(
        unique_id("src-" + slug(header.title, 40), taken), header.title, publisher, header.author,
        header.published, header.published_from_text, url, file_name,
    )
    dates = find_dates(text, header.published)
    matches = match_events(knowledge, text, dates, header.published)
    stub = event_stub(text, dates)
    worth_a_stub = not matches and (stub.start is not None or stub.name is not None)  # something the article says
    events = (DraftEvent(unique_id(_event_id(stub, source), taken), stub),) if worth_a_stub else ()
    event_id = matches[0].event_id if matches else (events[0].id if events else None)
    when = header.published or _first_day(matches, knowledge, dates)
    quotations = [q for q in find_quotations(text)]
    speakers = attribute(text, quotations, PeopleIndex(knowledge, when))
    people = _new_people(text, speakers, taken)
    by_name = {person.name: person.id for person in people}
    quotes, asides = _quotes(text, quotations, speakers, knowledge, by_name, dates, matches, event_id, taken)
    return Draft(source, people, events, tuple(matches), quotes, asides)


def _ids(knowledge: Knowledge) -> set[str]:
    return {item_id for name in ("sources", "people", "events", "pledges", "quotes", "initiatives")
            for item_id in getattr(knowledge, name)}


def _event_id(stub: EventStub, source: DraftSource) -> str:
    year = stub.start.year if stub.start else (source.published.year if source.published else None)
    name = stub.name or stub.kind
    words = " ".join(p for p in (stub.city, name, "" if str(year) in name else str(year or "")) if p)
    return slug(words, 50)


def _first_day(matches: list[EventMatch], knowledge: Knowledge, dates: list[DateMention]) -> dt.date | None:
    if matches:
        return knowledge.events[matches[0].event_id].when.start.first_day()
    days = [m.first.first_day() for m in dates if m.first.precision == "day"]
    return days[0] if days else None


def _new_people(text: str, speakers: list[Speaker], taken: set[str]) -> tuple[DraftPerson, ...]:
    people: dict[str, DraftPerson] = {}
    for speaker in speakers:
        name = speaker.new_name and fuller_name(text, speaker.new_name)
        if not name or name in people or any(_same_person(name, other) for other in people):
            continue
        surname = name.split()[-1]
        aliases = (surname,) if surname != name else ()
        people[name] = DraftPerson(unique_id(slug(name), taken), name, aliases, speaker.phrase)
    return tuple(people.values())


def _same_person(name: str, other: str) -> bool:
    """"Ollongren" and "Kajsa Ollongren" are one person: one name ends with the other."""
    return name.endswith(" " + other) or other.endswith(" " + name)


def _quotes(text, quotations: list[Quotation], speakers: list[Speaker], knowledge, by_name, dates, matches, event_id, taken):
    known = {_key(q.text): q.id for q in knowledge.quotes.values()}
    drafted: list[DraftQuote] = []
    asides: list[Aside] = []
    seen: set[str] = set()
    candidates = [(q, part, s) for q, s in zip(quotations, speakers) for part in q.parts]
    texts = [_key(part.text) for _, part, _ in candidates]
    for (quotation, part, speaker), key in zip(candidates, texts):
        if key in seen:
            continue
        seen.add(key)
        if key in known:
            asides.append(Aside(part.text, f"already in the knowledge as {known[key]}"))
            continue
        if len(part.text.split()) < MIN_WORDS and speaker.evidence != "verb":
            asides.append(Aside(part.text, "a short quoted phrase nobody is said to say: not drafted"))
            continue
        if any(key != other and key in other for other in texts):
            asides.append(Aside(part.text, "printed again inside a longer quotation: not drafted"))
            continue
        person = speaker.person_id or by_name.get(_stub_name(speaker.new_name, by_name))
        drafted.append(DraftQuote(
            id=unique_id(_quote_id(person, part.text, knowledge), taken),
            text=part.text,
            speaker=person,
            phrase=speaker.phrase,
            said=_said(dates, _line_end(text, part.end), matches, knowledge),
            event=event_id,
            todos=_quote_todos(quotation, speaker, known, key),
        ))
    return tuple(drafted), tuple(asides)


def _key(text: str) -> str:
    return normalise(text).casefold().rstrip(".!?… ")


def _stub_name(name: str | None, by_name: dict[str, str]) -> str | None:
    if name is None:
        return None
    return next((other for other in by_name if other == name or _same_person(name, other)), None)


def _quote_id(person: str | None, text: str, knowledge: Knowledge) -> str:
    who = person.split("-")[-1] if person else "unknown"
    return f"{who}-{slug(text, 36)}"


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _said(dates: list[DateMention], offset: int, matches: list[EventMatch], knowledge: Knowledge) -> FuzzyDate | None:
    """The last single day the article gives before the end of the quote's line, on the
    event's dates when it matched one."""
    days = [m for m in dates if m.start < offset and m.first.precision == "day" and m.last is None]
    if matches:
        event = knowledge.events[matches[0].event_id]
        first, last = event.when.start.first_day(), (event.when.end or event.when.start).last_day()
        days = [m for m in days if m.overlaps(first, last)]
        if not days and first == last:
            return event.when.start
    return days[-1].first if days else None


def _quote_todos(quotation: Quotation, speaker: Speaker, known: dict[str, str], key: str) -> tuple[str, ...]:
    todos = []
    if not speaker.found:
        said = f": {speaker.phrase!r}" if speaker.phrase else ""
        todos.append(f"who said this? the article names nobody{said}")
    elif speaker.evidence != "verb":
        todos.append(f"check the speaker: named near the quote, not as saying it ({speaker.phrase!r})")
    if quotation.pulled:
        todos.append("split where a pull quote repeats one sentence: join the parts back if they are one statement")
    if quotation.ending == "interrupted":
        todos.append("the article's quotation marks are broken here: check where the quoted words begin and end")
    overlapping = [quote_id for text, quote_id in known.items() if key in text or text in key]
    if overlapping:
        todos.append(f"overlaps the known quote {overlapping[0]}: keep one of them")
    return tuple(todos)
