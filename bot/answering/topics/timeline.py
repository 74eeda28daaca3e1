"""Questions about time: what happened on a day, what comes next, what was the latest.

Everything is relative to ``today``, which the caller passes in. The knowledge
only records what has been announced in its sources, so "next" never guesses
a date: when nothing later is recorded, the answer says so and shows the most
recent events and the series they belong to.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Callable
from dataclasses import replace

from ...digests.content import digest_for, next_anniversary, on_day
from ...knowledge.model import Event, Initiative
from ...reply import Block, Reply
from .. import messages
from .. import topic_messages as say
from ..lookup import Lookup
from ..per_load import per_load
from ..phrasing import event_label, item_refs, quote_block, source_refs
from ..search import normalize, tokens
from .events import KIND_WORDS, event_line, event_reply, happening_on
from .general import not_found
from ...patterns import lazy_pattern

RECENT = 3  # most recent events shown when nothing later is recorded


def answer_on_day(lookup: Lookup, date: dt.date, today: dt.date | None = None) -> Reply:
    """What happened on ``date``'s day in earlier years, and events taking place that very day.

    "N years ago today" only when ``date`` is ``today``; any other day says
    "on 16 May 2024 (2 years ago)", counted from ``today``.
    """
    today = today or date
    happening = happening_on(lookup, date)
    others, best_quotes, quote_count, speaker = on_day(lookup.knowledge, date, ON_DAY_QUOTES)
    matches = [m for m in others if m.item not in happening]
    roles = roles_changed_on(lookup, date)
    if not happening and not matches and not quote_count and not roles:
        return _quiet_day(lookup, date)
    lines = [Block("", style="item", heading=messages.happening_on(date, event_label(e), today)) for e in happening]
    lines += [Block("", style="item", heading=messages.on_day_heading(day, _years_between(day, today), date == today, what))
              for day, _, what in roles]
    shown = matches + best_quotes  # lines first, then the best quote
    for match in shown:
        heading = messages.on_day_heading(match.day, _years_between(match.day, today), date == today, _what(lookup, match))
        if match.kind == "quote":
            lines.append(quote_block(lookup.knowledge, match.item, heading))
        else:
            lines.append(Block("", style="item", heading=heading))
    more = None
    if quote_count > ON_DAY_QUOTES:
        person = lookup.knowledge.people.get(speaker) if speaker else None
        more = f"quotes {person.name}" if person else "quote"
        lines.append(Block(messages.more_quotes_that_day(quote_count - ON_DAY_QUOTES, more)))
    used = [*happening, *(m.item for m in shown), *dict.fromkeys(person for _, person, _ in roles)]
    return Reply(
        "answer",
        messages.on_day_title(date, today),
        blocks=tuple(lines),
        items=item_refs(used),
        sources=source_refs(lookup.knowledge, used),
        suggestions=tuple(f"event {m.item.name}" for m in shown if m.kind == "event")[:2] + ("events",),
        more_hint=more,
    )


ON_DAY_QUOTES = 1


def roles_changed_on(lookup: Lookup, date: dt.date) -> list[tuple[dt.date, object, str]]:
    """Who took up or left a role on ``date``'s day in an earlier year or on it: (day, person, "X became Y"), newest first.

    Only roles dated to the day count ("from: 2024-10-01", not "from: 2010").
    """
    return [found for found in role_days(lookup).get((date.month, date.day), ()) if found[0] <= date]


_ROLE_DAYS: dict = {}


def role_days(lookup: Lookup) -> dict[tuple[int, int], list]:
    """(month, day) -> the role changes dated to that day, newest first: built once per knowledge load, not per question."""
    return per_load(_ROLE_DAYS, lookup, _build_role_days)


def _build_role_days(lookup: Lookup) -> dict[tuple[int, int], list]:
    days: dict[tuple[int, int], list] = {}
    for person in lookup.knowledge.people.values():
        for role in person.roles:
            for when, verb in ((role.start, say.BECAME), (role.end, say.LEFT)):
                if when is not None and when.precision == "day":
                    day = when.first_day()
                    days.setdefault((day.month, day.day), []).append((day, person, f"{person.name} {verb} {role.title}"))
    for changes in days.values():
        changes.sort(key=lambda found: (-found[0].toordinal(), found[2]))
    return days


def _years_between(day: dt.date, today: dt.date) -> int:
    return today.year - day.year - ((today.month, today.day) < (day.month, day.day))


def _what(lookup: Lookup, match) -> str:
    item = match.item
    if match.kind == "event":
        return f"{item.name}, {item.place}" if item.place else item.name
    if match.kind == "pledge":
        return f"{item.name}, by {item.by}"
    person = lookup.knowledge.people.get(item.speaker)
    return f"{person.name if person else item.speaker} said"


def _quiet_day(lookup: Lookup, date: dt.date) -> Reply:
    """Nothing on this day: said plainly, with the next day that has something."""
    upcoming = next_anniversary(lookup.knowledge, date)
    nearest = _nearest_in_time(lookup, date)
    near = (Block(say.NEAREST_IN_TIME, heading=messages.SUGGESTIONS_HEADING),
            *(Block("", style="item", heading=event_label(e)) for e in nearest)) if nearest else ()
    if upcoming is None:
        return Reply("answer", messages.nothing_on(date), blocks=(Block(messages.ON_DAY_MORE), *near), suggestions=("events",))
    ahead, match = upcoming
    later = date + dt.timedelta(ahead)
    block = Block(messages.next_in_record(later, _what(lookup, match)), heading=messages.NEXT_IN_RECORD)
    return Reply(
        "answer",
        messages.nothing_on(date),
        blocks=(block, *near),
        items=item_refs([match.item]),
        sources=source_refs(lookup.knowledge, [match.item]),
        suggestions=(f"today {later.day} {later:%B}".lower(), "events"),
    )


def _nearest_in_time(lookup: Lookup, date: dt.date) -> list[Event]:
    """The last event that began before ``date`` and the first one after it ("2024-10-02": Washington, London)."""
    events = lookup.events_by_date
    at = bisect.bisect_left(events, date, key=_first_day)
    return [*events[max(at - 1, 0) : at], *events[at : at + 1]]


def digest_preview(lookup: Lookup, date: dt.date) -> Reply:
    """Exactly what the daily digest would post on ``date``."""
    return digest_for(lookup.knowledge, date, when_empty="quote")


def answer_next(lookup: Lookup, text: str, today: dt.date, *, year: int | None = None) -> Reply:
    """"When is the next conference?", "is there a summit in 2026?": recorded events from today (or in ``year``)."""
    keep, noun = event_filter(text)
    if year is not None:
        later = [e for e in lookup.events_in(year) if keep(e)]
        when = f"in {year}"
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
    keep, noun = event_filter(text)
    up_to_today = lookup.events_by_date[: bisect.bisect_right(lookup.events_by_date, today, key=_first_day)]
    event = next((e for e in reversed(up_to_today) if keep(e)), None)  # the latest first: no scan of every event
    if event is None:
        return not_found(f"The knowledge records no {noun} before {today.day} {today:%B %Y}", suggestions=("events",))
    reply = event_reply(lookup, event, "when")
    return replace(reply, title=f"The most recent {noun} in the knowledge: {event.name}, {event.when}")


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
    return (lambda e: kind is None or e.kind == kind), kind or "event"


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
    r"\b(?:on|what about|and|the|of|anything|something|what|happened|happen|happening|was|were|there|any|events?|did|"
    r"occur|occurred|took place|held|began|begin|started|start|opened|that|which|in history|nato|alliance|allies|do|does|cyber wise|cyber|related|"
    r"\d{1,2}(?:st|nd|rd|th)?|\d{4}|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
)


def asks_only_a_day(question: str) -> bool:
    """Whether a normalised question that names a day asks nothing else of it ("what happened on 9 november")."""
    return not _DAY_ONLY.sub("", question).strip()
