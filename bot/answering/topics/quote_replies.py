"""Quote replies shared by the quote routes: quotes as quote blocks, the plain "no quote by X", an event's quotes.

``topics.quotes`` re-exports ``quote_reply`` and ``no_quote_by``; they live here so that modules the quote
routes use (``event_quotes``) can build replies without importing the routes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...knowledge.model import Person, Pledge, Quote
from ...reply import Block, Reply
from .. import event_messages, messages, quote_messages
from ..fitting import BUDGET, block_size
from ..listing import showing
from ..lookup import Lookup
from ..phrasing import by_trust, event_label, item_refs, join_words, part_taken, quote_block, shorten, source_refs
from ..quote_pool import quote_holding_phrase
from ..common_words import COMMON_WORDS
from ..places import places_in
from ..quote_rank import held_in, rank_quotes
from ..search import normalize, tokens
from .events import event_reply, find_event
from .event_topic import words_beside_event
from .general import not_found
from .initiatives import initiative_reply
from .pledges import pledge_reply
from .unnamed_things import NAMED_OUTRIGHT
from ...patterns import lazy_pattern

SAID_LIMIT = 3  # quotes shown for "what did <speaker> say?" without a topic


QUOTE_PAGE = 10  # quotes a list shows at once at most; fewer when they would not fit one chat message
_FRAME = 650  # what a page of quotes holds besides them: its title, three sources, the suggestions, the note on the rest


def paged_quotes(lookup: Lookup, quotes: list[Quote], title: str, command: str, page: int = 1, example: str | None = None) -> Reply:
    """Page ``page`` of ``quotes`` (best attested first), as many as one chat message holds, with "Showing 4–6 of 28" and
    the command that really shows the next page. Pages are counted from the first, so a page is the same every time."""
    ordered, start, number = by_trust(quotes), 0, 1
    while (end := start + _fitting(lookup, ordered[start : start + QUOTE_PAGE])) < len(ordered) and number < page:
        start, number = end, number + 1
    reply = quote_reply(lookup, ordered[start:end], title, kind="list")
    if start == 0 and end >= len(ordered):
        return reply  # all of them
    more = f"{command} page {number + 1}" if end < len(ordered) else None
    return replace(reply, blocks=(*reply.blocks, Block(showing(start + 1, end, len(ordered), more, example))), more_hint=more)


def _fitting(lookup: Lookup, window: list[Quote]) -> int:
    """How many of ``window``, from its first, fit one chat message beside a page's frame (at least one)."""
    size, count = _FRAME, 0
    for quote in window:
        size += block_size(quote_block(lookup.knowledge, quote))
        if size > BUDGET and count:
            break
        count += 1
    return count


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


def document_said(lookup: Lookup, asked: str) -> Reply | None:
    """"what does the pledge say": a pledge or initiative named outright says what its entry says; None otherwise."""
    words = tokens(normalize(asked))
    if set(words) <= _NO_NAME or any(w not in COMMON_WORDS and not lookup.index.expand(w) for w in words):  # "what did nato say":
        return None  # a speaker asked for, not the NATO-named entries; "what did nato cyber envoy lars henriksen say": a stranger
    document = lookup.best(asked, ("pledge", "initiative"), min_coverage=NAMED_OUTRIGHT)
    if document is None:
        return None
    return pledge_reply(lookup, document) if isinstance(document, Pledge) else initiative_reply(lookup, document)


_NO_NAME = frozenset("nato allies alliance cyber defence defense members member states countries".split())


_FROM = lazy_pattern(r"^\s*(?:from|by)\s+", re.IGNORECASE)
_ON_TOPIC = lazy_pattern(r"\s+(?:on|about|regarding|at|in|during)(?:\s+|$)", re.IGNORECASE)  # "macron on cyber", "biden at a nato conference": the speaker first


def speaker_unknown(asked: str, unknown: tuple[str, ...] | list[str]) -> bool:
    """Whether ``asked`` ("emmanuel macron on nato cyber defence", "macron at a nato cyber defence conference") starts with
    words the knowledge does not know, then its topic or setting: a speaker not on record, however well the topic's words
    match someone else's quote."""
    head = _ON_TOPIC.split(_FROM.sub("", normalize(asked)), 1)
    return len(head) == 2 and bool(head[0].split()) and set(head[0].split()) <= set(unknown)


def no_quote_by(lookup: Lookup, asked: str, person: Person | None = None, where: str = "") -> Reply:
    """Plainly: there is no quote by this person (here) in the knowledge, and where they do appear."""
    if person is None:
        asked = _ON_TOPIC.split(_FROM.sub("", asked), 1)[0]  # "quotes from Ursula von der Leyen on cyber": by her
        people = lookup.knowledge.people
        speakers = [people[p] for p in lookup.quote_speakers if p in people]  # counted at load: not every person looked at
        return not_found(
            f"There is no quote by “{shorten(asked, 60)}” in the knowledge",
            "Quotes are by: " + ", ".join(p.name for p in speakers[:8]) + ("…" if len(speakers) > 8 else "") if speakers else "",
            tuple(f"quotes {p.name}" for p in speakers[:3]),
        )
    events = lookup.events_with(person)[:3]
    blocks = (Block(part_taken(person.name, events)),) if events else ()
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


def no_quote_there(lookup: Lookup, person: Person, event) -> Reply | None:
    """"what did stoltenberg say at the london one the year after" (London 2024): he is not among its recorded speakers,
    so the honest miss says why (where he did speak, who spoke there); None when he spoke or took part there, was quoted
    there, or its speakers are not recorded."""
    if event is None or not event.speakers or person.id in (*event.speakers, *event.participants) or any(
            q.event == event.id for q in lookup.quotes_of(person)):
        return None
    reply = event_reply(lookup, event, "speakers")
    elsewhere = [e for e in lookup.events_with(person) if e.kind == event.kind][:3]  # gatherings like the one asked
    why = event_messages.spoke_elsewhere(person.name, event_label(event), join_words(event_label(e) for e in elsewhere), reply.title)
    return replace(reply, kind="not_found", title=event_messages.no_words_there(person.name, event.name, why),
                   items=(reply.items[0], *item_refs(elsewhere), *reply.items[1:]))


def written_piece(lookup: Lookup, person: Person, event) -> Reply | None:
    """"what did stoltenberg write in his time to raise our game piece": a piece of theirs with no line quoted is
    answered by the piece itself, as the knowledge sums it up (said first: no line of it is quoted); else None."""
    if event is None or event.kind != "publication" or person.id not in event.speakers:
        return None
    reply = event_reply(lookup, event)
    return replace(reply, title=f"What {person.name} wrote in {event.name}: written words, no spoken quote; the piece in brief")


def event_quotes(lookup: Lookup, words: str, page: int = 1) -> Reply | None:
    """The quotes from the event ``words`` name by its place or kind ("the hague conference", "rome"), best attested first,
    or the honest miss when it has none; None when ``words`` name no event that way."""
    topic = about[1] if (about := _ABOUT.search(normalize(words))) else ""  # "from rome about ukraine", "about china from berlin"
    words = normalize(words).replace(about[0], " ") if about else words
    named = normalize(words).split()
    if not _PEOPLE_WORDS.isdisjoint(named) or (not places_in(" ".join(named)) and EVENT_KINDS.isdisjoint(named)
                                                and WRITING_WORDS.isdisjoint(named)):
        return None  # "the spanish defence minister": a person, whose words are never an event's
    if (event := find_event(lookup, words)) is None or not held_in(event, words):
        return None  # "quote russia": no event was held there, whatever an event's text says of russia
    said = by_trust(lookup.quotes_at(event))
    if not said and event.kind == "publication" and (author := lookup.knowledge.people.get(next(iter(event.speakers), ""))):
        return written_piece(lookup, author, event)  # "quotes from the 2016 op-ed": written words, no speech
    if not said:
        return not_found(quote_messages.no_quote_from(event.name), suggestions=(f"event {event.name}", "quotes"))
    if topic and not (said := rank_quotes(lookup, said, topic)):  # a topic named is honoured, or its miss said
        return not_found(quote_messages.none_from_about(event.name, topic), suggestions=(f"quotes from {event.name}", f"event {event.name}"))
    if not topic and (left := words_beside_event(event, words)) and (narrowed := rank_quotes(lookup, said, left)):
        said, topic = narrowed, left  # "russia energy quote from berlin", "berlin china line": the words beside the event's are the topic
    title = messages.quotes_at(len(said), event.name) + (f" about {shorten(topic, 40)}" if topic else "")
    asked = normalize(words) if normalize(words).split()[0] in ("from", "at", "in") else f"from {normalize(words)}"  # "quotes from berlin"
    return paged_quotes(lookup, said, title, f"quotes {asked}" + (f" about {topic}" if topic else ""), page)


#: The topic asked of an event's quotes: "about ukraine", "on china" (not "on 10 november": a day).
_ABOUT = lazy_pattern(r"\b(?:about|regarding|concerning|on (?=[a-z]))\s*(?P<topic>.+?)(?= (?:from|at|in|during) |$)")


EVENT_KINDS = frozenset("conference summit meeting exercise".split())
#: Words naming a piece someone wrote: "the 2016 op-ed" (normalised "op ed"), "his oped", "the piece".
WRITING_WORDS = frozenset("oped op publication piece column editorial essay".split())
_PEOPLE_WORDS = frozenset("minister ministers fm pm secretary president chancellor ambassador chief head leader boss commander director "
                          "official officials delegate delegation he she they him her someone somebody anyone".split())


#: Only "he": the knowledge records no one's gender, and "she" in Berlin may mean Baerbock, who is not quoted.
HE = frozenset(("he", "him"))


def only_speaker(lookup: Lookup, event) -> str | None:
    """The name of the one person quoted at ``event``; None when no one or several are (stops at the second)."""
    speakers: set[str] = set()
    for quote in lookup.quotes_at(event):
        speakers.add(quote.speaker)
        if len(speakers) > 1:
            return None
    person = lookup.knowledge.people.get(next(iter(speakers))) if speakers else None
    return person.name if person else None


def quote_with_words(lookup: Lookup, words: str, *, asked: str) -> Reply:
    """``quote <words>``: a topic's first quote when the words are only a topic, else the quote holding them."""
    asked_words = tokens(normalize(words))
    # Only a question that is nothing but a topic ("quote investment", "quote on cyber defence") is about the
    # topic; "quote resilience of energy grids" and "quote that the for investment a to" are about their words.
    short = len(normalize(words).split()) <= len(asked_words) + 1
    topic = lookup.topic(asked_words) if short and (len(asked_words) == 1 or " ".join(asked_words) in lookup.topics) else None
    if topic:
        return quote_reply(lookup, lookup.topics[topic][:1], f"Quote on {topic}")
    held = [q] if (q := quote_holding_phrase(lookup, normalize(words))) else []  # "quote we are all in this": the words as they run
    if not held and (hits := lookup.hits(words, ("quote",), limit=1)):
        held = [lookup.item(hits[0].ref)]
    if not held:
        return not_found(f"No quote in the knowledge matches “{shorten(asked, 60)}”", suggestions=("quote", f"search {asked}"))
    return quote_reply(lookup, held, "Quote")
