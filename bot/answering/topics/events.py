"""events, event, and the questions about one event: when, where, who hosted, who spoke."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import Literal

from ...digests.content import events_on
from ...errors import UsageError
from ...knowledge.model import Event
from ...reply import Block, Field, Reply
from .. import event_index, event_messages, messages
from ..fitting import cut_at_sentence
from ..held_where import held_where_named, places_named
from ..list_order import order_asked
from ..listing import PAGE_SIZE, more_command, more_text, page_of, split_page
from ..earlier_events import earlier_ones
from ..editions import skipped_in_year
from ..lookup import Lookup
from ..parse import MONTHS, parse_year
from ..phrasing import by_trust, item_refs, join_words, quote_block, shorten, source_refs, when_text, where_text
from ..constraints import at_place, own_series
from ..day_spoken import day_spoken, how_spoke
from ..period_asks import decade_named, period_years
from ..places import as_said, locations_in
from ..search import normalize, tokens
from .general import not_found, nothing_about
from .held_online import VIRTUAL_WORDS, virtual_events
from ...patterns import lazy_pattern

Focus = Literal["when", "where", "venue", "hosts", "speakers"]
FOCUS_TEXT = 240  # characters of summary and note kept when a question asks one thing about an event


#: Event kinds named in a filter or question ("conferences in 2024"), singular and plural.
KIND_WORDS = {
    **{k: k for k in ("conference", "summit", "exercise", "meeting", "incident", "campaign", "publication")},
    **{k + "s": k for k in ("conference", "summit", "exercise", "meeting", "incident", "campaign", "publication")},
}
#: Words of a filter that say nothing about which events: "what conferences has NATO held?".
_FILLER = frozenset("events event nato held hold happened happen took place take organised organized all list ever far every each "
                    "knowledge database record recorded known there have you do know are is were "
                    "cyber defence matter matters mattered relevant related important count counted so "
                    # how much an event mattered, not which: "summits w/ cyber decisions", "the key conferences"
                    "decision decisions decided agreed agree anything something things stuff made key major notable significant big main w with "
                    "produced produce resulted result led lead yielded brought commitments commitment pledges outcomes outcome "
                    # what the list should show or how, not which events: "with the year and city of each", "year by year"
                    "information info data details year years city cities place places date dates each by order their its "
                    "host hosts speakers venue venues location locations "
                    "chronological chronologically me please "
                    # what every entry is about, so no filter: "summits that dealt with cyber defence", "conferences covering cyber security"
                    "dealt deal deals dealing discussed discuss discusses discussing covered cover covers covering concerned concerning "
                    "touched touching involved involving focused focusing focussed security defense computer computers internet digital".split())
_LEADING = lazy_pattern(r"^(?:in|at|from|during|of)\s+", re.IGNORECASE)


def answer_events(lookup: Lookup, args: str, kind: str | None = None, *, series: str | None = None) -> Reply:
    """``events [year|month|place|kind|text]``: the matching events in date order.

    ``events 2024``, ``events november 2022``, ``events berlin``, ``events summits``;
    ``kind`` (an event kind such as "conference") narrows the list further.
    """
    args, page = split_page(_LEADING.sub("", args.strip()))
    command = f"events {args}".strip()  # the next page's, in the order asked: "events chronologically page 2"
    args, oldest_first = order_asked(args)  # "events 2024 oldest first", "/events sort by date"
    year = parse_year(args)
    decade, (years, args) = decade_named(args), period_years(args)  # "in 2023 and 2024", "between 2020 and 2023", "the 2010s": every year of the span
    year = None if len(years) > 1 else year
    month = next((MONTHS[t] for t in normalize(args).split() if t in MONTHS), None)
    words = []
    for token in tokens(normalize(args)):
        if token in KIND_WORDS:
            kind = kind or KIND_WORDS[token]
        elif token not in _FILLER and token not in MONTHS and token != str(year) and token not in years and token != "and":
            words.append(token)
    if exact := lookup.by_id("event", args):  # a value picked from autocomplete
        events, words, year, month, kind = [exact], [exact.name], None, None, None
    elif words and set(words) <= VIRTUAL_WORDS:  # "which events were virtual": held so, not merely mentioning it
        events, words = virtual_events(lookup), ["held virtually"]
    elif words:
        events = held_where_named(words, [lookup.item(h.ref) for h in lookup.hits(" ".join(words), ("event",), limit=200)])
    else:  # newest first already: the list shows a page of them without sorting every event
        events = event_index.newest_first(lookup.event_index, year)
    if year is not None or len(years) > 1:
        events = [e for e in events if any(e.when.start.year <= y <= (e.when.end or e.when.start).year for y in map(int, years or [year]))]
    if year is not None and month is not None:
        events = [e for e in events if _overlaps(e, dt.date(year, month, 1), _month_end(year, month))]
    elif month is not None:
        events = [e for e in events if month in {e.when.start.month, (e.when.end or e.when.start).month}]
    if kind:
        events = [e for e in events if e.kind == kind]
    if series:
        events = [e for e in events if e.series and normalize(e.series) == normalize(series)]
    noun = f"{series}s" if series else f"{kind}s" if kind else "events"
    places = places_named(words)  # "which summit was in madrid": "in Madrid", not "matching 'madrid'"
    label = " ".join(part for part in (
        f"in {join_words([as_said(p.name) for p in places])}" if words and len(places) == len(words) else f"matching “{shorten(' '.join(words), 40)}”" if words else "",
        f"in {calendar.month_name[month]}" if month else "",
        str(year) if year and month else f"in {year}" if year else decade or f"in {join_words(years)}" if years else "",
    ) if part)
    if not events and year and words and (skipped := skipped_in_year(lookup, " ".join(words), year)) is not None:
        return skipped  # "what happened with the 2020 pledge conference in tallinn": postponed, as the knowledge says
    if not events:
        years = sorted({e.when.start.year for e in lookup.knowledge.events.values()})
        nearest = min(years, key=lambda y: (abs(y - year), y)) if year and years else None
        return not_found(messages.no_events(noun, label), messages.no_events_more(nearest),
                         ("events", *((f"events {nearest}",) if nearest else ()), *((f"search {' '.join(words)}",) if words else ())))
    if len(events) == 1:
        noun = noun[:-1]
    events = events if not words or exact else events_newest_first(events)
    example = None if year or len(events) <= PAGE_SIZE else f"events {events[0].when.start.year}"
    title = f"{len(events)} {noun} {label}".strip() + (", oldest first" if oldest_first and len(events) > 1 else "")
    return answer_events_list(lookup, events, title, command, page, example, newest_first=True, oldest_first=oldest_first)


def events_newest_first(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: e.when.start.first_day(), reverse=True)


def answer_events_list(
    lookup: Lookup, events: list[Event], title: str, command: str = "events", page: int = 1, example: str | None = None,
    *, newest_first: bool = False, oldest_first: bool = False,
) -> Reply:
    """Events newest first (or ``oldest_first``), one line each; beyond ``PAGE_SIZE`` a page of them and the command for the next.

    ``newest_first``: ``events`` are in that order already (sorted at load), so a page costs no sort of them all."""
    shown = page_of((events if newest_first else events_newest_first(events))[:: -1 if oldest_first else 1], page)
    blocks = tuple(event_line(e) for e in shown.shown)
    if shown.pages > 1:
        blocks += (Block(more_text(shown, command, example)),)
    return Reply(
        "list",
        title,
        blocks=blocks,
        items=item_refs(shown.shown),
        sources=source_refs(lookup.knowledge, shown.shown),
        suggestions=tuple(f"event {e.name}" for e in shown.shown[:2]) + ("pledges",),
        more_hint=more_command(shown, command),
    )


def _overlaps(event: Event, first: dt.date, last: dt.date) -> bool:
    return event.when.start.first_day() <= last and (event.when.end or event.when.start).last_day() >= first


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def happening_on(lookup: Lookup, date) -> list[Event]:
    """Events whose days (known to the day) include ``date`` itself, from the day index (no scan)."""
    return events_on(lookup.knowledge, date)


def event_line(event: Event) -> Block:
    """One list line: "9–10 October 2025 — NATO Cyber Defence Conference 2025, Tirana, Albania"."""
    where = f", {event.place}" if event.place else ""
    return Block("", style="item", heading=f"{event.when} — {event.name}{where}")


def answer_event(lookup: Lookup, args: str, focus: Focus | None = None) -> Reply:
    """``event <query>``, or a question about one event's date, place, hosts or speakers."""
    if not args.strip():
        raise UsageError(messages.WHICH_EVENT, ("event tirana", "event pledge conference 2022", "events"))
    event = find_event(lookup, args) or _where_someone_spoke(lookup, args)
    if event is None:
        return nothing_about(lookup, args)
    return event_reply(lookup, event, focus)


_NAMES_ONLY = dt.date(1900, 1, 1)  # people by name: no role phrase resolves on this day
_WHERE_SOMEONE = lazy_pattern(r"\b(?:where|at which|in which|to which|that|which|when)\b (?P<clause>.+)$")


def _where_someone_spoke(lookup: Lookup, text: str) -> Event | None:
    """"the cyber conference where rutte did a video message": the one gathering of the kind named that the person spoke at."""
    if not (clause := _WHERE_SOMEONE.search(text)) or not (people := lookup.named(clause["clause"], on=_NAMES_ONLY).people):
        return None
    kind = next((KIND_WORDS[w] for w in text.split() if w in KIND_WORDS), None)
    events = [e for e in lookup.events_with(people[0]) if e.kind != "publication" and (kind is None or e.kind == kind)]
    return events[0] if len(events) == 1 else None


def answer_where_spoke(lookup: Lookup, who: str, place: str, focus: Focus, today, *, speaking: bool | None = None) -> Reply:
    """"where did Rutte speak?", "when did Stoltenberg speak in Rome?": the events a person spoke at (or was at)."""
    named = lookup.named(who, on=today)
    if named.role and place.strip() and (at := find_event(lookup, place)) is not None:  # "did the sg speak in rome": the sg then
        if not (named := lookup.named(who, on=(day := at.when.start.first_day()))).people:
            return not_found(event_messages.no_holder_on(named.role, f"{day.day} {day:%B %Y}", at.name), suggestions=(f"event {at.name}",))
    if not named.people:
        return nothing_about(lookup, who)
    person = named.people[0]
    events = earlier_ones([e for e in lookup.events_with(person) if e.kind != "publication"], place)  # "at an earlier one"
    kind = next((KIND_WORDS[w] for w in normalize(place).split() if w in KIND_WORDS), None)  # "was stoltenberg at the munich conference":
    if place.strip() and len(where := locations_in(normalize(place)) or locations_in(f"in {normalize(place)}")) == 1 and not any(at_place(e, where[0]) and kind in (None, e.kind)
                                                                                     for e in event_index.with_words_of(lookup.event_index, where[0].name)):
        return not_found(f"I have no {kind or 'event'} in {where[0].name}.", f"{person.name} spoke at: " + "; ".join(
            f"{e.name} ({where_text(e) or when_text(e.when)})" for e in events[:4]) + "." if events else "", (f"who {person.name}",))
    if place.strip() and (event := find_event(lookup, place)):
        if named.role and (then := lookup.named(who, on=event.when.start.first_day()).people):  # "the sg" at rome: who held it then
            person, events = then[0], [e for e in lookup.events_with(then[0]) if e.kind != "publication"]
        if event not in events and focus == "where":  # "did Stoltenberg speak at the Tirana conference?": no, and who did
            reply, part = event_reply(lookup, event, "speakers"), person.id in event.participants  # "was parly at ...": yes, no speech
            return replace(reply, title=event_messages.took_part(person.name, event.name, speaking) if part else messages.not_a_speaker(person.name, event.name, reply.title))
        events = [e for e in events if e is event]
    if len(events) != 1:
        return answer_events_list(lookup, events, f"Events where {person.name} spoke") if events else not_found(
            f"The knowledge names no event where {person.name} spoke" + (f" {shorten(place.strip(), 40)}" if place.strip() else ""),
            suggestions=(f"who {person.name}",))
    event = events[0]
    reply = event_reply(lookup, event, focus)
    when = f"{spoke.day} {spoke:%B %Y}" if (spoke := day_spoken(lookup, person, event)) else when_text(event.when)
    how = how_spoke(lookup, person, event)  # " by video": the person was not at the place
    if focus == "when":
        return replace(reply, title=f"{person.name} spoke{how} on {when} ({event.name})")
    return replace(reply, title=f"{person.name} spoke{how} at {event.name} ({where_text(event) or 'place not recorded'})")


def find_event(lookup: Lookup, query: str) -> Event | None:
    """The event ``query`` names; a year in the query must match the event's (or be part of its name)."""
    if event := lookup.by_id("event", query):
        return event
    year = parse_year(query)
    for hit in lookup.hits(query, ("event",), limit=20):
        event = lookup.item(hit.ref)
        if year is None or event.when.start.year <= year <= (event.when.end or event.when.start).year or str(year) in event.name:
            return event
        if own_series(event, normalize(query)):
            return None  # "cyber coalition 2025": that edition is not recorded, and no other event of 2025 is it
    bare = _GENERIC_EVENT.sub(" ", query).strip()  # "the hague event", "the warsaw gathering": no entry's name holds the word
    return find_event(lookup, bare) if bare != query.strip() and bare not in ("", "the") else None


_GENERIC_EVENT = lazy_pattern(r"\b(?:event|gathering|get together|thing|do)\b")  # words for any gathering, in no event's name


def event_reply(lookup: Lookup, event: Event, focus: Focus | None = None) -> Reply:
    knowledge = lookup.knowledge
    speakers = [knowledge.people[p] for p in event.speakers if p in knowledge.people]
    fields = [Field("When", when_text(event.when))]
    if where := where_text(event):
        fields.append(Field("Where", where))
    if event.hosts:
        fields.append(Field("Hosts", join_words(event.hosts)))
    if speakers:
        fields.append(Field("Written by" if event.kind == "publication" else "Speakers", join_words(p.name for p in speakers)))
    if took_part := [knowledge.people[p] for p in event.participants if p in knowledge.people]:
        fields.append(Field("Also took part", join_words(p.name for p in took_part)))
    if decided := lookup.pledges_at(event) if event.kind == "summit" else []:  # what the leaders agreed there
        fields.append(Field("Decided", join_words(p.name for p in decided)))
    blocks = []
    headline, kind = _focus_line(event, focus, speakers) if focus else (event.name, "answer")
    if focus == "speakers" and took_part:  # "who attended the berlin conference": those who took part without a speech too
        headline = event_messages.also_took_part(headline, join_words(p.name for p in took_part))
    # A question about one thing (when, where, hosts, speakers) gets the card short: the answer is the title.
    limit = FOCUS_TEXT if focus else None
    if event.summary:
        blocks.append(Block(cut_at_sentence(event.summary, limit) if limit else event.summary))
    if event.notes:
        blocks.append(Block(cut_at_sentence(event.notes, limit) if limit else event.notes, heading="Note"))
    quotes = [] if focus else by_trust(lookup.quotes_at(event))[:1]
    blocks += [quote_block(knowledge, q) for q in quotes]
    suggestions = [f"quotes {p.name}" for p in speakers if lookup.quotes_of(p)][:2]
    if focus:
        suggestions.insert(0, f"event {event.name}")
    return Reply(
        kind,
        headline,
        blocks=tuple(blocks),
        fields=tuple(fields),
        items=item_refs([event, *speakers, *took_part, *decided, *quotes]),
        sources=source_refs(knowledge, [event, *quotes]),
        suggestions=tuple(suggestions[:2]) + ("events",),
        more_hint=next((f"quotes {knowledge.people[q.speaker].name}" for q in quotes if q.speaker in knowledge.people), None),
    )


def _focus_line(event: Event, focus: Focus, speakers: list) -> tuple[str, str]:
    """The sentence that answers the question asked, and the reply kind."""
    if focus == "when":
        return f"{event.name}: {when_text(event.when)}", "answer"
    if focus == "where" or (focus == "venue" and event.venue):
        where = where_text(event)
        return (f"{event.name}: {where}", "answer") if where else (f"The knowledge does not say where {event.name} took place", "not_found")
    if focus == "venue":
        return event_messages.no_venue(event.name, where_text(event)), "not_found"
    if focus == "hosts":
        hosted = f"{event.name} was hosted by {join_words(event.hosts)}" if event.hosts else f"The knowledge does not say who hosted {event.name}"
        return hosted, "answer" if event.hosts else "not_found"
    if speakers:
        return f"Speakers at {event.name}: {join_words(p.name for p in speakers)}", "answer"
    return f"The knowledge names no speakers at {event.name}", "not_found"


#: Words that name a series or a kind of event, not one of its editions.
