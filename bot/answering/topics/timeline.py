"""Questions about time: what comes next, what was the latest (what happened on a day: ``days.py``).

Everything is relative to ``today``, which the caller passes in. The knowledge
only records what has been announced in its sources, so "next" never guesses
a date: when nothing later is recorded, the answer says so and shows the most
recent events and the series they belong to.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import heapq
from collections.abc import Callable
from dataclasses import replace

from ...digests.content import digest_for
from ...knowledge.model import Event, Initiative
from ...reply import Block, Reply
from .. import messages
from ..lookup import Lookup
from ..constraints import LOOSE_KINDS, at_place
from ..mentions import find_month
from ..places import as_said, places_in
from ..phrasing import item_refs, source_refs
from ..search import normalize, tokens
from ..upcoming_asks import YEAR_END
from .days import answer_on_day, role_days, roles_changed_on  # noqa: F401 (where callers import them from)
from .events import KIND_WORDS, event_line, event_reply
from .general import not_found
from ...patterns import lazy_pattern
from ..parse import without_ago_today

RECENT = 3  # most recent events shown when nothing later is recorded


def digest_preview(lookup: Lookup, date: dt.date) -> Reply:
    """Exactly what the daily digest would post on ``date``."""
    return digest_for(lookup.knowledge, date, when_empty="quote")


def answer_next(lookup: Lookup, text: str, today: dt.date, *, year: int | None = None) -> Reply:
    """"When is the next conference?", "is there a summit in 2026?": recorded events from today (or in ``year``)."""
    to_year_end = YEAR_END in text  # "anything coming up before year end": from today to 31 December
    keep, noun = event_filter(text.replace(YEAR_END, " ") if to_year_end else text)
    if to_year_end:
        later = [e for e in lookup.events_in(today.year) if _last_day(e) >= today and keep(e)]
        when = f"between {today.day} {today:%B} and the end of {today.year}"
    elif year is not None:  # "was there a conference in november 2024": of that month, when one is named; "in london in 2024": there
        month, places = find_month(text), [place for _, place in places_in(normalize(text))]
        later = [e for e in lookup.events_in(year) if keep(e) and (month is None or month in (e.when.start.month, _last_day(e).month))
                 and (not places or any(at_place(e, place) for place in places))]
        when = "".join(f"in {as_said(place.name)} " for place in places[:1]) + (f"in {calendar.month_name[month]} {year}" if month else f"in {year}")
    else:  # those going on today, then those starting from today: no scan of every event
        going_on = (e for e in lookup.events_in(today.year) if e.when.start.first_day() < today <= _last_day(e))
        starting = lookup.events_by_date[bisect.bisect_left(lookup.events_by_date, today, key=_first_day) :]
        later = [e for e in (*going_on, *starting) if keep(e)]
        when = f"after {today.day} {today:%B %Y}"
    if later:
        plural = "s" if len(later) != 1 else ""
        return _event_list(lookup, later, f"{len(later)} {noun}{plural} {when} in the knowledge")
    events = [e for e in lookup.events_by_date if keep(e)]
    recent = heapq.nlargest(RECENT, (e for e in reversed(events) if _last_day(e) < today), key=_last_day)  # no sort of all
    blocks = [Block(messages.ONLY_WHAT_SOURCES_REPORT)]
    if recent:
        blocks.append(Block(f"The most recent {noun}s in the knowledge:" if len(recent) > 1 else f"The most recent {noun} in the knowledge:"))
        blocks += [_event_block(e) for e in recent]
    series = _series_of(lookup, recent)
    blocks += [Block(s.summary, heading=f"The series: {s.name}") for s in series]
    used = [*recent, *series]
    return Reply(
        "answer",
        messages.have_no(noun, [when]),
        blocks=tuple(blocks),
        items=item_refs(used),
        sources=source_refs(lookup.knowledge, used),
        suggestions=(*(f"event {e.name}" for e in recent[:2]), "events"),
    )


def answer_latest(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """"When was the last conference?": the most recent recorded event of that kind up to today."""
    event, noun = latest_of(lookup, text, today)
    if event is None:
        return not_found(f"The knowledge records no {noun} before {today.day} {today:%B %Y}", suggestions=("events",))
    reply = event_reply(lookup, event, "when")
    return replace(reply, title=f"The most recent {noun} in the knowledge: {event.name}, {event.when}")


def latest_of(lookup: Lookup, text: str, today: dt.date) -> tuple[Event | None, str]:
    """The most recent event up to ``today`` of the kind ``text`` names ("summit", "pledge conference"), and its noun."""
    keep, noun = event_filter(text)
    up_to_today = lookup.events_by_date[: bisect.bisect_right(lookup.events_by_date, today, key=_first_day)]
    return next((e for e in reversed(up_to_today) if keep(e)), None), noun  # the latest first: no scan of every event


def events_named(lookup: Lookup, text: str, year: int | None = None) -> tuple[list[Event], str]:
    """The events a phrase like "pledge conference" or "summit" stands for (those taking place in ``year``
    when given), in date order, and what to call them."""
    keep, noun = event_filter(text)
    return [e for e in (lookup.events_by_date if year is None else lookup.events_in(year)) if keep(e)], noun


def event_filter(text: str) -> tuple[Callable[[Event], bool], str]:
    """Whether an event is one that a phrase like "pledge conference" or "summit" stands for, and what to call them."""
    words = tokens(normalize(text))
    kind = next((KIND_WORDS[w] for w in words if w in KIND_WORDS), None)
    if "pledge" in words and kind == "conference":
        return (lambda e: e.kind == kind and bool(e.series) and "pledge" in normalize(e.series)), "Pledge Conference"
    if "annual" in words and kind in (None, "conference"):  # "the 2024 annual conference", "... not the pledge one"
        return (lambda e: e.kind == "conference" and bool(e.series) and "pledge" not in normalize(e.series)), "annual NATO Cyber Defence Conference"
    kinds = LOOSE_KINDS.get(kind or "", {kind})  # "the nato cyber meeting in 2023": a summit or a conference is one too
    return (lambda e: kind is None or e.kind in kinds), kind or "event"


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
    return event_line(event)


def _series_of(lookup: Lookup, events: list[Event]) -> list[Initiative]:
    """The series (initiatives listing these events) the events belong to, each once."""
    ids = {e.id for e in events}
    return [i for i in lookup.knowledge.initiatives.values() if i.kind in ("programme", "exercise") and ids & set(i.events)]


def _first_day(event: Event) -> dt.date:
    return event.when.start.first_day()


def _last_day(event: Event) -> dt.date:
    return (event.when.end or event.when.start).last_day()


#: Words that leave a question asking only for a day: "what happened on 9 november", "anything on 2024-05-16?".
_DAY_ONLY = lazy_pattern(
    r"\b(?:on|what about|and|the|of|a|an|some|anything|something|what|happened|happen|happening|going on|went on|go on|was|were|there|any|events?|did|"
    r"occur|occurred|took place|take place|takes place|has|have|had|held|began|begin|started|start|opened|that|which|in history|nato|alliance|allies|do|does|cyber wise|cyber|related|"
    r"conferences?|summits?|gatherings?|meetings?|exactly|precisely|"
    r"why|is|s|so|special|significant|significance|important|notable|matter|matters|mattered|known for|remembered for|about|"
    r"fall|falls|fell|land|lands|landed|across the years|over the years|through the years|in any year|any year|"
    r"\d{1,2}(?:st|nd|rd|th)?|\d{4}|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
)


def asks_only_a_day(question: str) -> bool:
    """Whether a normalised question that names a day asks nothing else of it ("what happened on 9 november",
    "exactly three years ago today - which nato cyber conference opened")."""
    return not _DAY_ONLY.sub("", without_ago_today(question)).strip()
