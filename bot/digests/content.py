"""On this date: what happened on a day and month in earlier years.

Pure: the date is passed in. ``digest_for`` builds the reply the daily digest posts and the
``today`` / ``on this day`` command shows. Must not read the clock, the store or a platform.

Matching rules:
- an event matches every day of its date range; a pledge on the day it was
  agreed; a quote on the day it was said;
- only entries known to the day match (month or year precision never does),
  and only from earlier years;
- 29 February entries show on 28 February in common years.

Newest first; a day's quotes are capped at ``MAX_QUOTES`` (verified words
first), with a line pointing to the rest.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from itertools import islice
from typing import Literal, NamedTuple

from ..answering.phrasing import quote_block, shorten, source_refs
from ..knowledge.model import Event, Knowledge, Pledge, Quote
from ..reply import Block, Code, Field, ItemRef, Reply
from .day_quotes import DayQuotes, arrange, quotes_before

WhenEmpty = Literal["nothing", "quote"]
WHEN_EMPTY_CHOICES: tuple[str, ...] = ("nothing", "quote")

_KIND_ORDER = {"event": 0, "pledge": 1, "quote": 2}
_QUOTE_OF_THE_DAY_SEED = "cyberbot quote of the day"
MAX_QUOTES = 3  # quotes shown per digest; the rest are named in a "more" line


class Anniversary(NamedTuple):
    """One knowledge item that happened on a given day: ``day`` is the day it matched on."""

    kind: str  # event | pledge | quote
    item: Event | Pledge | Quote
    day: dt.date
    order: int  # position in the knowledge file, to keep ties stable

    def years_before(self, date: dt.date) -> int:
        return date.year - self.day.year


def digest_for(knowledge: Knowledge, date: dt.date, *, when_empty: WhenEmpty = "nothing") -> Reply | None:
    """The "on this day" reply for ``date``.

    >>> digest_for(knowledge, dt.date(2025, 11, 9)).blocks[0].heading
    '3 years ago today: NATO Cyber Defence Pledge Conference, Rome'

    When nothing matches, ``when_empty="nothing"`` gives None and ``"quote"``
    a quote of the day plus the next anniversary coming up.
    """
    if when_empty not in WHEN_EMPTY_CHOICES:
        msg = f"when_empty must be one of {WHEN_EMPTY_CHOICES}, not {when_empty!r}"
        raise ValueError(msg)
    matches = anniversaries_on(knowledge, date)
    if matches:
        matches.sort(key=lambda a: _newest_first(a, date))
        return _reply(knowledge, date, matches)
    if when_empty == "nothing":
        return None
    return _quiet_day_reply(knowledge, date)


def anniversaries_on(knowledge: Knowledge, date: dt.date) -> list[Anniversary]:
    """Every item with a day in an earlier year that falls on ``date``'s day and month."""
    calendar_index = _calendar(knowledge)
    found: dict[int, Anniversary] = {}
    for month_day in _days_remembered(date):
        for kind, item, day, order in calendar_index.get(month_day, ()):
            if day.year < date.year and order not in found:
                found[order] = Anniversary(kind, item, day, order)
    return [found[order] for order in sorted(found)]


def on_day(knowledge: Knowledge, date: dt.date, quotes: int) -> tuple[list[Anniversary], list[Anniversary], int, str | None]:
    """``anniversaries_on`` without a walk over the day's quotes: its events and pledges newest first, its best
    ``quotes`` quotes (verified, newest), how many quotes there are and the one person who said them (None: several)."""
    index = day_index(knowledge)
    others: dict[int, Anniversary] = {}
    for month_day in _days_remembered(date):
        entries = index.calendar.get(month_day, [])
        for kind, item, day, order in islice(entries, index.day_quotes.get(month_day, (len(entries),))[0]):
            if day.year < date.year and order not in others:
                others[order] = Anniversary(kind, item, day, order)
    best, count, speaker = quotes_before(index.calendar, index.day_quotes, _days_remembered(date), date.year, quotes)
    return (sorted(others.values(), key=lambda a: (-a.day.toordinal(), a.order)),
            [Anniversary(*entry) for entry in best], count, speaker)


def _days_remembered(date: dt.date) -> list[tuple[int, int]]:
    """``date``'s (month, day), and 29 February on 28 February of a common year."""
    return [(date.month, date.day), *([(2, 29)] if (date.month, date.day) == (2, 28) and not calendar.isleap(date.year) else [])]


@dataclass(frozen=True)
class DayIndex:
    """What a knowledge holds by day, built once per knowledge load (``day_index``).

    ``calendar``: (month, day) -> [(kind, item, day, order)] for every item known to the day, so
    "on this day" costs the day's matches, not a scan of every entry (and the quiet-day look-ahead
    up to a year of such scans). ``quote_order``: every quote id in the quote-of-the-day order.
    ``spans``: events whose end is known less precisely than their start (checked day by day).
    """

    calendar: dict[tuple[int, int], list[tuple]]
    quote_order: tuple[str, ...]
    spans: tuple[tuple[int, Event], ...]  # (file order, event)
    day_quotes: DayQuotes  # each day's list arranged, and its quotes summed up (``day_quotes.arrange``)


_DAY_INDEXES: dict[int, tuple[Knowledge, DayIndex]] = {}


def day_index(knowledge: Knowledge) -> DayIndex:
    """The knowledge's ``DayIndex``, built on first use and kept while the knowledge is one of the last four loaded."""
    cached = _DAY_INDEXES.get(id(knowledge))
    if cached is not None and cached[0] is knowledge:
        return cached[1]
    return adopt_day_index(knowledge, _build_day_index(knowledge))


def adopt_day_index(knowledge: Knowledge, index: DayIndex) -> DayIndex:
    """Keep ``index`` (built now or read back from the knowledge cache) as ``knowledge``'s."""
    if len(_DAY_INDEXES) >= 4:  # a reload builds a new knowledge: drop the old ones
        _DAY_INDEXES.clear()
    _DAY_INDEXES[id(knowledge)] = (knowledge, index)
    return index


def _build_day_index(knowledge: Knowledge) -> DayIndex:
    calendar_index: dict[tuple[int, int], list[tuple]] = {}
    for kind, item, days, order in _candidates(knowledge):
        for day in days:
            calendar_index.setdefault((day.month, day.day), []).append((kind, item, day, order))
    import hashlib  # here: loading OpenSSL and random costs every `cyberbot ask` milliseconds; a day index is rarer
    import random

    order = sorted(knowledge.quotes)
    seed = int.from_bytes(hashlib.sha256(_QUOTE_OF_THE_DAY_SEED.encode()).digest()[:8], "big")
    random.Random(seed).shuffle(order)
    spans = tuple((n, e) for n, e in enumerate(knowledge.events.values())
                  if e.when.start.precision == "day" and e.when.end and e.when.end.precision != "day")
    return DayIndex(calendar_index, tuple(order), spans, arrange(calendar_index))


def _calendar(knowledge: Knowledge) -> dict[tuple[int, int], list[tuple]]:
    return day_index(knowledge).calendar


def events_on(knowledge: Knowledge, date: dt.date) -> list[Event]:
    """Events whose days (known to the day) include ``date``, in file order, from the day index."""
    index = day_index(knowledge)
    found = {order: item for kind, item, day, order in index.calendar.get((date.month, date.day), ()) if kind == "event" and day == date}
    found.update((order, event) for order, event in index.spans if event.when.contains(date))
    return [found[order] for order in sorted(found)]


def quote_of_the_day(knowledge: Knowledge, date: dt.date) -> Quote | None:
    """The same quote for everyone on ``date``; every quote once before any repeats.

    The quote ids are shuffled once per knowledge load with a fixed seed (a
    stable hash, not Python's salted ``hash``) and indexed by the day number
    modulo their count.
    """
    order = day_index(knowledge).quote_order
    if not order:
        return None
    return knowledge.quotes[order[date.toordinal() % len(order)]]


def next_anniversary(knowledge: Knowledge, date: dt.date, *, horizon: int = 366) -> tuple[int, Anniversary] | None:
    """The first anniversary after ``date`` within ``horizon`` days, as (days away, anniversary)."""
    horizon = min(horizon, (dt.date.max - date).days)  # "today 9999-12-31" has no day after it
    calendar_index = _calendar(knowledge)
    for ahead in range(1, horizon + 1):
        later = date + dt.timedelta(ahead)
        if (later.month, later.day) not in calendar_index and (later.month, later.day) != (2, 28):
            continue  # nothing at all on that day of the year (the 28th of February may stand for the 29th)
        matches = anniversaries_on(knowledge, later)
        if matches:  # events and pledges make better "coming up" lines than quotes
            return ahead, min(matches, key=lambda a: (_KIND_ORDER[a.kind], _newest_first(a, later)))
    return None


def _candidates(knowledge: Knowledge):
    """(kind, item, days, order) for every item known to the day."""
    order = 0
    for event in knowledge.events.values():
        yield "event", event, event.when.days(), order
        order += 1
    for pledge in knowledge.pledges.values():
        day = pledge.date.as_date()
        yield "pledge", pledge, [day] if day else [], order
        order += 1
    for quote in knowledge.quotes.values():
        day = quote.said.as_date() if quote.said else None
        yield "quote", quote, [day] if day else [], order
        order += 1


def _newest_first(match: Anniversary, date: dt.date) -> tuple:
    """Newest first; then events, pledges, quotes; verified words before others; then file order."""
    unverified = match.kind == "quote" and match.item.trust != "verified"
    return (match.years_before(date), _KIND_ORDER[match.kind], unverified, match.order)


def _title(date: dt.date) -> str:
    return f"On this day, {date.day} {calendar.month_name[date.month]}"


def _years_ago(years: int) -> str:
    return "1 year ago" if years == 1 else f"{years} years ago"


def _name_with_place(knowledge: Knowledge, match: Anniversary) -> str:
    item = match.item
    if match.kind == "event":
        return f"{item.name}, {item.place}" if item.place else item.name
    if match.kind == "pledge":
        return f"{item.name}, by {item.by}"
    return f"{_speaker(knowledge, item)} said"


def _reply(knowledge: Knowledge, date: dt.date, matches: list[Anniversary]) -> Reply:
    """Every event and pledge, and the first MAX_QUOTES quotes: one day can hold dozens of quotes."""
    quotes = [m for m in matches if m.kind == "quote"]
    first_quotes = {id(m) for m in quotes[:MAX_QUOTES]}  # by identity: comparing whole quotes costs a day of matches
    shown = [m for m in matches if m.kind != "quote" or id(m) in first_quotes]
    blocks = [_block(knowledge, date, m) for m in shown]
    more_hint, suggestions = None, ()
    if len(quotes) > MAX_QUOTES:
        hidden = quotes[MAX_QUOTES:]
        more_hint = f"quotes {_speaker(knowledge, hidden[0].item).split()[-1].lower()}"
        suggestions = (more_hint,)
        blocks.append(Block((f"… and {len(hidden)} more quotes from this date: try ", Code(more_hint), ".")))
    return Reply(
        "answer",
        _title(date),
        blocks=tuple(blocks),
        items=tuple(ItemRef(m.kind, m.item.id) for m in shown),
        sources=source_refs(knowledge, [m.item for m in shown]),
        suggestions=suggestions,
        more_hint=more_hint,
        meta={"date": date.isoformat(), "matches": len(matches)},
    )


def _block(knowledge: Knowledge, date: dt.date, match: Anniversary) -> Block:
    heading = f"{_years_ago(match.years_before(date))} today: {_name_with_place(knowledge, match)}"
    item = match.item
    if match.kind == "quote":
        return quote_block(knowledge, item, heading)
    if match.kind == "event":
        return Block(item.summary or "", style="item", heading=heading, fields=(Field("When", str(item.when)),))
    return Block(item.summary, style="item", heading=heading, fields=(Field("Date", str(item.date)),))


def _quiet_day_reply(knowledge: Knowledge, date: dt.date) -> Reply:
    """Nothing happened on this date: a quote of the day and the next anniversary."""
    blocks = [Block(f"Nothing in the record happened on {date.day} {calendar.month_name[date.month]}.")]
    items: list[ItemRef] = []
    used: list = []
    quote = quote_of_the_day(knowledge, date)
    if quote is not None:
        blocks.append(quote_block(knowledge, quote, "Quote of the day"))
        items.append(ItemRef("quote", quote.id))
        used.append(quote)
    upcoming = next_anniversary(knowledge, date)
    if upcoming is not None:
        ahead, match = upcoming
        later = date + dt.timedelta(ahead)
        when = "tomorrow" if ahead == 1 else f"in {ahead} days"
        since = _years_ago(match.years_before(later)).replace(" ago", "")
        what = _name_with_place(knowledge, match)
        if match.kind == "quote":
            what += f" “{shorten(match.item.text, 80)}”"
        text = f"{when.capitalize()} ({later.day} {calendar.month_name[later.month]}): {since} since {what}"
        blocks.append(Block(text, heading="Coming up"))
        items.append(ItemRef(match.kind, match.item.id))
    return Reply(
        "answer",
        _title(date),
        blocks=tuple(blocks),
        items=tuple(items),
        sources=source_refs(knowledge, used),
        meta={"date": date.isoformat(), "matches": 0},
    )


def _speaker(knowledge: Knowledge, quote: Quote) -> str:
    person = knowledge.people.get(quote.speaker)
    return person.name if person else quote.speaker
