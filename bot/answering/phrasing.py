"""Shared wording of answers: lists, dates, places, attributions, source references."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..knowledge.model import DateSpan, Event, Knowledge, Person, Quote, Source
from ..patterns import lazy_pattern
from ..reply import Block, Field, ItemRef, SourceRef


def join_words(words: Iterable[str]) -> str:
    """``["the Netherlands", "Romania"]`` -> ``"the Netherlands and Romania"``."""
    words = [w for w in words if w]
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


_SINGULAR = {"people": "person"}


def count_phrase(counts: dict[str, int]) -> str:
    """``{"events": 1, "people": 2}`` -> ``"1 event, 2 people"``."""
    return ", ".join(f"{n} {kind if n != 1 else _SINGULAR.get(kind, kind[:-1])}" for kind, n in counts.items())


ECHO_LIMIT = 60  # characters of the user's own words repeated in an error message


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def when_text(span: DateSpan) -> str:
    """``"9–10 November 2022"``, or ``"November 2008 (month only)"`` when the day is not known."""
    precision = span.start.precision
    if precision == "day":
        return str(span)
    return f"{span} ({precision} only)"


def event_label(event: Event) -> str:
    """``"NATO Cyber Defence Conference 2025 (Tirana, 9–10 October 2025)"``."""
    where = event.city or event.country
    return f"{event.name} ({where}, {event.when})" if where else f"{event.name} ({event.when})"


def part_taken(name: str, events: Iterable[Event]) -> str:
    """``"Jens Stoltenberg spoke at A and B, took part in C and wrote D."``: each event with the right verb."""
    verbs: dict[str, list[str]] = {}
    for event in events:
        verb = {"publication": "wrote", "conference": "spoke at", "summit": "spoke at"}.get(event.kind, "took part in")
        verbs.setdefault(verb, []).append(event.name)
    return f"{name} " + join_words(f"{verb} {join_words(names)}" for verb, names in verbs.items()) + "."


def where_text(event: Event) -> str | None:
    """``"Farnesina, Rome, Italy"``: venue, city and country, as far as known, none repeated."""
    venue = event.venue or ""
    parts = [venue, *(p for p in (event.city, event.country) if p and p not in venue)]
    return ", ".join(p for p in parts if p) or None


def role_on(person: Person, date: dt.date | None) -> str | None:
    """The title ``person`` held on ``date`` (their latest title when the date is unknown)."""
    if not person.roles:
        return None
    if date is None:
        return person.roles[-1].title
    held = [r for r in person.roles if r.held_on(date)]
    return held[-1].title if held else None


def attribution(knowledge: Knowledge, quote: Quote) -> str:
    """``"Mark Rutte, NATO Secretary General — NATO Cyber Defence Conference 2025, Tirana, 9 October 2025"``."""
    person = knowledge.people.get(quote.speaker)
    said_on = quote.said.first_day() if quote.said else None
    who = person.name if person else quote.speaker
    if person and (title := role_on(person, said_on)):
        who = f"{who}, {title}"
    event = knowledge.events.get(quote.event) if quote.event else None
    where = [event.name, event.city] if event else []
    when = str(quote.said) if quote.said else (str(event.when) if event else None)
    context = ", ".join(p for p in (*where, when) if p)
    return f"{who} — {context}" if context else who


TRUST_ORDER = {"verified": 0, "unverified": 1, "translated": 2}
#: The one-word trust label of a quote, as answers name it ("is this quote real?").
TRUST_LABELS = {"verified": "verbatim", "unverified": "unverified", "translated": "re-translated"}


def trust_rank(quote: Quote) -> int:
    """0 for verified words, 1 for unverified ones, 2 for machine re-translations."""
    return TRUST_ORDER.get(quote.trust, len(TRUST_ORDER))


def by_trust(quotes: Iterable[Quote]) -> list[Quote]:
    """Verified words first, then unverified, then machine re-translations; file order within each."""
    return sorted(quotes, key=trust_rank)


def quote_block(knowledge: Knowledge, quote: Quote, heading: str | None = None) -> Block:
    """A quote as shown everywhere: its words, who/where/when, its trust mark, and the speaker's
    own English beside a re-translation where the knowledge has it."""
    fields = (Field("Original English", f"“{quote.original}”"),) if quote.original else ()
    return Block(quote.text, style="quote", heading=heading, attribution=attribution(knowledge, quote), mark=quote.trust_mark,
                 fields=fields, item=ItemRef("quote", quote.id))


def source_ids(item) -> tuple[str, ...]:
    """The source ids behind any knowledge item (a quote has one, the rest a list)."""
    if isinstance(item, Quote):
        return (item.source,)
    if isinstance(item, Source):
        return (item.id,)
    return tuple(getattr(item, "sources", ()))


def source_refs(knowledge: Knowledge, items: Iterable) -> tuple[SourceRef, ...]:
    """The sources behind ``items``, each once, in first-use order."""
    seen: dict[str, SourceRef] = {}
    for item in items:
        for source_id in source_ids(item):
            source = knowledge.sources.get(source_id)
            if source and source_id not in seen:
                published = str(source.published) if source.published else None
                seen[source_id] = SourceRef(source.id, source.title, source.publisher, published, source.url)
    return tuple(seen.values())


_TYPE_OF = {"Event": "event", "Pledge": "pledge", "Quote": "quote", "Person": "person", "Initiative": "initiative", "Source": "source"}


def item_refs(items: Iterable) -> tuple[ItemRef, ...]:
    """``ItemRef``s for knowledge objects, each once, in order."""
    refs = dict.fromkeys(ItemRef(_TYPE_OF[type(i).__name__], i.id) for i in items)
    return tuple(refs)


_SENTENCE_BREAK = lazy_pattern(r"(?<=[.!?])\s+")


def sentences(text: str | None, *, most: int = 0) -> list[str]:
    """``text`` split after each sentence's full stop (into at most ``most + 1`` parts when ``most``)."""
    return _SENTENCE_BREAK.split(text or "", maxsplit=most)
