"""events, event, and the questions about one event: when, where, who hosted, who spoke."""

from __future__ import annotations

from typing import Literal

from ..errors import UsageError
from ..lookup import Lookup
from ..model import Event
from ..parse import parse_year
from ..phrasing import item_refs, join_words, quote_block, shorten, source_refs, when_text, where_text
from ..reply import Block, Field, Reply
from ..search import normalize, tokens
from .general import nothing_about, not_found

Focus = Literal["when", "where", "hosts", "speakers"]
LIST_LIMIT = 15


def answer_events(lookup: Lookup, args: str) -> Reply:
    """``events [year|place|text]``: the matching events in date order."""
    year = parse_year(args)
    words = [t for t in tokens(normalize(args)) if t not in ("events", "event") and t != str(year)]
    if exact := lookup.by_id("event", args):  # a value picked from autocomplete
        events, label = [exact], f"matching “{exact.name}”"
    elif year is not None and not words:
        events = lookup.events_in(year)
        label = f"in {year}"
    elif args.strip():
        events = [lookup.item(h.ref) for h in lookup.hits(args, ("event",), limit=200)]
        label = f"matching “{shorten(args, 40)}”"
    else:
        events = list(lookup.knowledge.events.values())
        label = ""
    if not events:
        return not_found(f"No events {label}", "Try `events` for the whole list.", ("events", "search " + args))
    events.sort(key=lambda e: e.when.start.first_day())
    shown = events[:LIST_LIMIT]
    blocks = tuple(_item_block(e) for e in shown)
    more = f"events {args}".strip() if len(events) > LIST_LIMIT else None
    title = f"{len(events)} event{'s' if len(events) != 1 else ''} {label}".strip()
    if more:
        title += f" (first {LIST_LIMIT})"
    return Reply(
        "list",
        title,
        blocks=blocks,
        items=item_refs(shown),
        sources=source_refs(lookup.knowledge, shown),
        suggestions=tuple(f"event {e.name}" for e in shown[:2]) + ("pledges",),
        more_hint=more,
    )


def happening_on(lookup: Lookup, date) -> list[Event]:
    """Events whose days (known to the day) include ``date`` itself."""
    return [e for e in lookup.knowledge.events.values() if e.when.start.precision == "day" and e.when.contains(date)]


def _item_block(event: Event) -> Block:
    fields = (Field("Where", where),) if (where := event.place) else ()
    return Block(shorten(event.summary or "", 160), style="item", heading=f"{event.when} — {event.name}", fields=fields)


def answer_event(lookup: Lookup, args: str, focus: Focus | None = None) -> Reply:
    """``event <query>``, or a question about one event's date, place, hosts or speakers."""
    if not args.strip():
        raise UsageError("Which event? For example `event tirana` or `event pledge conference 2022`.", ("events",))
    event = find_event(lookup, args)
    if event is None:
        return nothing_about(lookup, args)
    return event_reply(lookup, event, focus)


def find_event(lookup: Lookup, query: str) -> Event | None:
    """The event ``query`` names; a year in the query must match the event's."""
    if event := lookup.by_id("event", query):
        return event
    year = parse_year(query)
    for hit in lookup.hits(query, ("event",), limit=20):
        event = lookup.item(hit.ref)
        if year is None or event.when.start.year <= year <= (event.when.end or event.when.start).year:
            return event
    return None


def event_reply(lookup: Lookup, event: Event, focus: Focus | None = None) -> Reply:
    knowledge = lookup.knowledge
    speakers = [knowledge.people[p] for p in event.speakers if p in knowledge.people]
    fields = [Field("When", when_text(event.when))]
    if where := where_text(event):
        fields.append(Field("Where", where))
    if event.hosts:
        fields.append(Field("Hosts", join_words(event.hosts)))
    if speakers:
        fields.append(Field("Speakers", join_words(p.name for p in speakers)))
    blocks = []
    headline, kind = _focus_line(event, focus, speakers) if focus else (event.name, "answer")
    if event.summary:
        blocks.append(Block(event.summary))
    if event.notes:
        blocks.append(Block(event.notes, heading="Note"))
    quotes = lookup.quotes_at(event)
    blocks += [quote_block(knowledge, q) for q in quotes[:2]]
    suggestions = [f"quotes {p.name}" for p in speakers if lookup.quotes_of(p)][:2]
    if focus and not suggestions:
        suggestions.append(f"event {event.name}")
    return Reply(
        kind,
        headline,
        blocks=tuple(blocks),
        fields=tuple(fields),
        items=item_refs([event, *speakers, *quotes[:2]]),
        sources=source_refs(knowledge, [event, *quotes[:2]]),
        suggestions=tuple(suggestions) + ("events",),
    )


def _focus_line(event: Event, focus: Focus, speakers: list) -> tuple[str, str]:
    """The sentence that answers the question asked, and the reply kind."""
    if focus == "when":
        return f"{event.name}: {when_text(event.when)}", "answer"
    if focus == "where":
        where = where_text(event)
        return (f"{event.name}: {where}", "answer") if where else (f"The knowledge does not say where {event.name} took place", "not_found")
    if focus == "hosts":
        if event.hosts:
            return f"{event.name} was hosted by {join_words(event.hosts)}", "answer"
        return f"The knowledge does not say who hosted {event.name}", "not_found"
    if speakers:
        return f"Speakers at {event.name}: {join_words(p.name for p in speakers)}", "answer"
    return f"The knowledge names no speakers at {event.name}", "not_found"
