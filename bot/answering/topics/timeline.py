"""Questions about time: what happened on a day, what comes next, what was the latest.

Everything is relative to ``today``, which the caller passes in. The knowledge
only records what has been announced in its sources, so "next" never guesses
a date: when nothing later is recorded, the answer says so and shows the most
recent events and the series they belong to.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import replace

from ...digests.content import digest_for
from ..lookup import Lookup
from ...knowledge.model import Event, Initiative
from ..phrasing import event_label, item_refs, join_words, shorten, source_refs, where_text
from ...reply import Block, Reply
from ..search import normalize, tokens
from .events import KIND_WORDS, event_reply, happening_on
from .general import not_found

RECENT = 3  # most recent events shown when nothing later is recorded


def answer_on_day(lookup: Lookup, date: dt.date) -> Reply:
    """What happened on ``date``: events taking place that day first, then anniversaries, else a quote."""
    happening = happening_on(lookup, date)
    # On a day with events of its own, the quote of the day would only crowd them out.
    reply = digest_for(lookup.knowledge, date, when_empty="nothing" if happening else "quote")
    if not happening:
        return reply or not_found(f"Nothing in the knowledge happened on {date.day} {date:%B}", suggestions=("events",))
    blocks = tuple(
        Block(e.summary or "", style="item", heading=f"Happening on {date.day} {date:%B %Y}: {event_label(e)}") for e in happening
    )
    reply = reply or Reply("answer", f"On this day, {date.day} {date:%B %Y}")
    return replace(
        reply,
        kind="answer",
        blocks=blocks + reply.blocks,
        items=tuple(dict.fromkeys(item_refs(happening) + reply.items)),
        sources=tuple(dict.fromkeys(source_refs(lookup.knowledge, happening) + reply.sources)),
    )


def answer_next(lookup: Lookup, text: str, today: dt.date, *, year: int | None = None) -> Reply:
    """"When is the next conference?", "is there a summit in 2026?": recorded events from today (or in ``year``)."""
    events, noun = events_named(lookup, text)
    if year is not None:
        later = [e for e in events if in_year(e, year)]
        when = f"in {year}"
    else:
        later = [e for e in events if _last_day(e) >= today]
        when = f"after {today.day} {today:%B %Y}"
    if later:
        plural = "s" if len(later) != 1 else ""
        return _event_list(lookup, later, f"{len(later)} {noun}{plural} {when} in the knowledge")
    recent = heapq.nlargest(RECENT, (e for e in reversed(events) if _last_day(e) < today), key=_last_day)  # no sort of all
    blocks = [Block(f"The knowledge records no {noun} {when}; it holds only what its sources report.")]
    if recent:
        blocks.append(Block(f"The most recent {noun}s in the knowledge:" if len(recent) > 1 else f"The most recent {noun} in the knowledge:"))
        blocks += [_event_block(e) for e in recent]
    series = _series_of(lookup, recent)
    blocks += [Block(shorten(s.summary, 320), heading=f"The series: {s.name}") for s in series]
    used = [*recent, *series]
    return Reply(
        "answer",
        f"No {noun} {when} is in the knowledge",
        blocks=tuple(blocks),
        items=item_refs(used),
        sources=source_refs(lookup.knowledge, used),
        suggestions=(*(f"event {e.name}" for e in recent[:2]), "events"),
    )


def answer_latest(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """"When was the last conference?": the most recent recorded event of that kind up to today."""
    events, noun = events_named(lookup, text)
    earlier = [e for e in events if e.when.start.first_day() <= today]  # in date order already (events_named)
    if not earlier:
        return not_found(f"The knowledge records no {noun} before {today.day} {today:%B %Y}", suggestions=("events",))
    event = earlier[-1]
    reply = event_reply(lookup, event, "when")
    return replace(reply, title=f"The most recent {noun} in the knowledge: {event.name}, {event.when}")


def events_named(lookup: Lookup, text: str) -> tuple[list[Event], str]:
    """The events a phrase like "pledge conference" or "summit" stands for, and what to call them."""
    words = tokens(normalize(text))
    kind = next((KIND_WORDS[w] for w in words if w in KIND_WORDS), None)
    events = lookup.events_by_date
    if kind:
        events = [e for e in events if e.kind == kind]
    if "pledge" in words and kind == "conference":
        return [e for e in events if e.series and "pledge" in normalize(e.series)], "Pledge Conference"
    return events, kind or "event"


def _event_list(lookup: Lookup, events: list[Event], title: str) -> Reply:
    events = sorted(events, key=lambda e: e.when.start.first_day())
    return Reply(
        "list",
        title,
        blocks=tuple(_event_block(e) for e in events),
        items=item_refs(events),
        sources=source_refs(lookup.knowledge, events),
        suggestions=(*(f"event {e.name}" for e in events[:2]), "events"),
    )


def _event_block(event: Event) -> Block:
    text = where_text(event) or ""
    if event.hosts:
        text += ("; " if text else "") + "hosted by " + join_words(event.hosts)
    return Block(text, style="item", heading=f"{event.when} — {event.name}")


def _series_of(lookup: Lookup, events: list[Event]) -> list[Initiative]:
    """The series (initiatives listing these events) the events belong to, each once."""
    ids = {e.id for e in events}
    return [i for i in lookup.knowledge.initiatives.values() if i.kind in ("programme", "exercise") and ids & set(i.events)]


def in_year(event: Event, year: int) -> bool:
    return event.when.start.year <= year <= _last_day(event).year


def _last_day(event: Event) -> dt.date:
    return (event.when.end or event.when.start).last_day()
