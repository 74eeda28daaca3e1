"""quote, quotes, "what did X say about Y?" and "who said ...?".

A quote by a speaker is only ever that speaker's: when the person named has no
quote in the knowledge, or is not in it at all, the answer says so and never
falls back to someone else's words.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz

from ..errors import UsageError
from ..lookup import Lookup
from ..model import Person, Quote
from ..parse import parse_year
from ..phrasing import item_refs, join_words, quote_block, shorten, source_refs
from ..reply import Block, Reply
from ..search import normalize, tokens
from .events import find_event
from .general import not_found

LIST_LIMIT = 10
WORDS_COVERAGE = 0.6  # "who said <words>": the share of the words a quote must hold

_PLACE = re.compile(r"\b(?:in|at|during)\s+(.+?)(?=\s+(?:about|on|regarding)\s|$)")
_TOPIC = re.compile(r"\b(?:about|on|regarding)\s+(.+?)(?=\s+(?:in|at|during)\s|$)")


def answer_quote(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``quote [speaker|topic|words]``: one quote, chosen the same way every time for the same day."""
    if not lookup.knowledge.quotes:
        return not_found("The knowledge holds no quotes")
    if not args.strip():
        quotes = list(lookup.knowledge.quotes.values())
        return quote_reply(lookup, [quotes[today.toordinal() % len(quotes)]], "Quote of the day")
    if quote := lookup.by_id("quote", args):
        return quote_reply(lookup, [quote], "Quote")
    named = lookup.named(args, on=today)
    if named.people or named.role:
        return _speaker_quote(lookup, named.people, " ".join(named.rest), today, asked=args)
    if named.unknown and len(named.rest) < 3:
        return no_quote_by(lookup, " ".join(named.unknown))
    return _quote_with_words(lookup, " ".join(named.rest), asked=args)


def answer_quotes(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``quotes <speaker>``: every quote by one person."""
    if not args.strip():
        raise UsageError("Whose quotes? For example `quotes stoltenberg`.", ("help quotes",))
    named = lookup.named(args, on=today)
    if not named.people:
        return no_quote_by(lookup, args)
    person = named.people[0]
    quotes = lookup.quotes_of(person)
    if not quotes:
        return no_quote_by(lookup, args, person)
    shown = quotes[:LIST_LIMIT]
    title = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} by {person.name}"
    return quote_reply(lookup, shown, title, more=f"quotes {args}" if len(quotes) > LIST_LIMIT else None, kind="list")


def answer_what_said(lookup: Lookup, who: str, rest: str, today: dt.date) -> Reply:
    """"what did <who> say [about <topic>] [in <place or year>]?" (``rest`` is the normalised tail).

    The place sets the date a role is resolved on ("the secretary general ...
    in Rome" is Stoltenberg). When no quote of the speaker's is from there,
    the whole tail is tried as words ("about investment in cyber defence").
    """
    place = m[1] if (m := _PLACE.search(rest)) else ""
    topic = m[1] if (m := _TOPIC.search(rest)) else ("" if place else rest)
    year = parse_year(place) if place else None
    event = find_event(lookup, place) if place and year is None else None
    on = event.when.start.first_day() if event else (dt.date(year, 7, 1) if year else today)
    named = lookup.named(who, on=on)
    if not named.people:
        return no_quote_by(lookup, who)
    everything = [q for p in named.people for q in lookup.quotes_of(p)]
    if event:
        quotes = [q for q in everything if q.event == event.id]
    elif year:
        quotes = [q for q in everything if q.said and q.said.year == year]
    else:
        quotes = everything
    if not quotes and place and (ranked := rank_quotes(lookup, everything, rest)):
        return quote_reply(lookup, ranked[:1], f"{named.people[0].name} on {shorten(rest, 60)}")
    if not quotes:
        where = f" at {event.name}" if event else (f" in {place}" if place else "")
        return no_quote_by(lookup, who, named.people[0], where)
    return _speaker_quote(lookup, named.people, topic, today, asked=who, pool=quotes)


def answer_who_said(lookup: Lookup, words: str) -> Reply:
    """"who said <words>?": the quote holding those words, and its speaker."""
    hits = lookup.hits(words, ("quote",), limit=1, min_coverage=WORDS_COVERAGE)
    if not hits:
        return not_found(f"No quote in the knowledge says “{shorten(words, 80)}”", suggestions=(f"search {words}", "quote"))
    quote = lookup.item(hits[0].ref)
    person = lookup.knowledge.people.get(quote.speaker)
    return quote_reply(lookup, [quote], f"{person.name if person else quote.speaker} said it")


def _speaker_quote(lookup: Lookup, people, topic: str, today: dt.date, *, asked: str, pool=None) -> Reply:
    if not people:
        return not_found(f"Nobody in the knowledge held the role “{asked}” on {today.day} {today:%B %Y}")
    quotes = pool if pool is not None else [q for p in people for q in lookup.quotes_of(p)]
    if not quotes:
        return no_quote_by(lookup, asked, people[0])
    person = people[0]
    if topic.strip():
        ranked = rank_quotes(lookup, quotes, topic)
        if not ranked:
            return not_found(
                f"No quote by {person.name} about “{shorten(topic, 60)}”",
                f"The knowledge has {len(quotes)} quote(s) by {person.name}.",
                (f"quotes {person.name}",),
            )
        return quote_reply(lookup, ranked[:1], f"{person.name} on {shorten(topic, 60)}")
    return quote_reply(lookup, [quotes[today.toordinal() % len(quotes)]], f"Quote by {person.name}")


def _quote_with_words(lookup: Lookup, words: str, *, asked: str) -> Reply:
    topic = lookup.topic(tokens(normalize(words)))
    if topic:
        return quote_reply(lookup, lookup.topics[topic][:1], f"Quote on {topic}")
    hits = lookup.hits(words, ("quote",), limit=1)
    if not hits:
        return not_found(f"No quote in the knowledge matches “{shorten(asked, 60)}”", suggestions=("quote", f"search {asked}"))
    return quote_reply(lookup, [lookup.item(hits[0].ref)], "Quote")


def rank_quotes(lookup: Lookup, quotes: list[Quote], words: str) -> list[Quote]:
    """The quotes that hold ``words`` (or carry them as a topic), best first; ties keep file order."""
    query = []
    for token in tokens(normalize(words)):
        query.extend(lookup.index.expand(token))
    if not query:
        return []
    scored = []
    for n, quote in enumerate(quotes):
        text = normalize(" ".join((quote.text, *quote.topics)))
        held = sum(w in text.split() for w in query) / len(query)
        if held >= 0.5:
            scored.append((-held, -fuzz.token_set_ratio(" ".join(query), text, processor=None), n, quote))
    return [q for *_, q in sorted(scored)]


def no_quote_by(lookup: Lookup, asked: str, person: Person | None = None, where: str = "") -> Reply:
    """Plainly: there is no quote by this person (here) in the knowledge, and where they do appear."""
    if person is None:
        speakers = [p for p in lookup.knowledge.people.values() if lookup.quotes_of(p)]
        return not_found(
            f"There is no quote by “{shorten(asked, 60)}” in the knowledge",
            "Quotes are by: " + ", ".join(p.name for p in speakers[:8]) + ("…" if len(speakers) > 8 else "") if speakers else "",
            tuple(f"quotes {p.name}" for p in speakers[:3]),
        )
    events = lookup.events_with(person)[:3]
    blocks = (Block(f"{person.name} spoke at " + join_words(e.name for e in events) + "."),) if events else ()
    suggestions = [f"who {person.name}", *(f"event {e.name}" for e in events[:1])]
    if where and lookup.quotes_of(person):
        suggestions.insert(0, f"quotes {person.name}")
    return Reply(
        "not_found",
        f"There is no quote by {person.name}{where} in the knowledge",
        blocks=blocks,
        items=item_refs([person, *events]),
        sources=source_refs(lookup.knowledge, [person, *events]),
        suggestions=tuple(suggestions[:3]),
    )


def quote_reply(lookup: Lookup, quotes: list[Quote], title: str, *, more: str | None = None, kind: str = "answer") -> Reply:
    """Quotes as quote blocks (attribution and trust mark each), with their sources and follow-ups."""
    knowledge = lookup.knowledge
    people = [knowledge.people[q.speaker] for q in quotes if q.speaker in knowledge.people]
    events = [knowledge.events[q.event] for q in quotes if q.event in knowledge.events]
    suggestions = dict.fromkeys([*(f"quotes {p.name}" for p in people[:1]), *(f"event {e.name}" for e in events[:1]), *(f"who {p.name}" for p in people[:1])])
    return Reply(
        kind,
        title,
        blocks=tuple(quote_block(knowledge, q) for q in quotes),
        items=item_refs([*quotes, *people, *events]),
        sources=source_refs(knowledge, quotes),
        suggestions=tuple(suggestions)[:3],
        more_hint=more,
    )
