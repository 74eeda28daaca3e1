"""What happened on a day: "on this day", "what happened on 8 July 2016", "today in NATO cyber history".

Everything dated to the day counts: events taking place that day, pledges, initiatives agreed or begun,
seed articles published, role changes and quotes. A date with a year ("8 July 2016") is that day of that
year first, each line with a short summary when they are few; the same day in other years follows,
labelled with its own date ("On 8 July 2020 (6 years ago): ..."). A date without a year is an anniversary
question: the day in earlier years, "N years ago today" only on the day itself.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import replace
from itertools import islice

from ...digests.content import Anniversary, day_index, next_anniversary, on_day
from ...knowledge.model import Event
from ...reply import Block, Reply
from .. import day_messages as say_day
from .. import messages
from .. import topic_messages as say
from .. import day_items
from ..day_items import entries_on, named_by
from ..elapsed import years_between
from ..fitting import cut_at_sentence
from ..lookup import Lookup
from ..per_load import PerLoad, per_load
from ..phrasing import event_label, item_refs, quote_block, source_refs
from .events import happening_on

ON_DAY_QUOTES = 1
SUMMARY_ONE = 400  # characters of summary under the day's one entry ("what went down on 15 march 2014")
SUMMARY_TWO = 200  # under each of two; three or more are listed without


def answer_on_day(lookup: Lookup, date: dt.date, today: dt.date | None = None, *, or_else: dt.date | None = None, kind: str | None = None) -> Reply:
    """What happened on ``date``; ``today`` counts the years ("2 years ago") and tells a named year (another
    year than today's) from an anniversary question. ``or_else``: the other reading of a day typed "11/9/2023",
    answered (and said to be read so) when ``date`` holds nothing and it does. ``kind``: the kind of event asked for, first."""
    today = today or date
    that_year = date.year != today.year
    month_days = _days_remembered(date)
    happening = happening_on(lookup, date)
    exact, others = _dated(lookup, date, month_days, happening, today if that_year else None)
    if kind is not None:  # "which conference started four years ago today": the conference, before an announcement that day
        happening = sorted(happening, key=lambda e: e.kind != kind)
        exact = sorted(exact, key=lambda e: getattr(e.item, "kind", None) != kind)
    exact_quotes, exact_count, exact_speaker = _quotes_of(lookup, date, month_days) if that_year else ([], 0, None)
    _, best_quotes, quote_count, speaker = on_day(lookup.knowledge, date, ON_DAY_QUOTES)
    speaker = exact_speaker if not quote_count else speaker if not exact_count or speaker == exact_speaker else None
    roles = roles_changed_on(lookup, date)
    if not (happening or exact or others or exact_count or quote_count or roles):
        if or_else is not None and (other := answer_on_day(lookup, or_else, today)).title not in _quiet_titles(or_else):
            return replace(other, title=say_day.read_month_first(or_else, other.title))
        return _quiet_day(lookup, date, that_year)
    few = len(happening) + len(exact)
    limit = SUMMARY_ONE if few == 1 else SUMMARY_TWO if few == 2 else 0
    lines = [_with_summary(say_day.happening_on(date, event_label(e), today), e.summary, limit) for e in happening]
    lines += [_with_summary(say_day.on_that_day(e.day, _what(lookup, e)), _summary(e), limit) for e in exact]
    lines += [quote_block(lookup.knowledge, q.item, say_day.on_that_day(q.day, _what(lookup, q))) for q in exact_quotes]
    lines += [Block("", style="item", heading=say_day.on_day_heading(day, years_between(day, today), date == today, what))
              for day, _, what in roles]
    for entry in [*others, *best_quotes]:
        heading = say_day.on_day_heading(entry.day, years_between(entry.day, today), date == today, _what(lookup, entry))
        lines.append(quote_block(lookup.knowledge, entry.item, heading) if entry.kind == "quote" else Block("", style="item", heading=heading))
    more = None
    if quote_count + exact_count > len(best_quotes) + len(exact_quotes):
        person = lookup.knowledge.people.get(speaker) if speaker else None
        more = f"quotes {person.name}" if person else "quote"
        lines.append(Block(say_day.more_quotes_that_day(quote_count + exact_count - len(best_quotes) - len(exact_quotes), more)))
    used = [*happening, *(e.item for e in [*exact, *exact_quotes, *others, *best_quotes]), *dict.fromkeys(person for _, person, _ in roles)]
    used += [i for e in [*exact, *others] if e.kind == "pledge" for i in named_by(lookup, e.item)]
    return Reply(
        "answer",
        (say_day.that_day_title(date) if happening or exact or exact_count or any(day == date for day, _, _ in roles)
         else say_day.other_years_only(date)) if that_year
        else say_day.on_day_title(date, today),
        blocks=tuple(lines),
        items=item_refs(used),
        sources=source_refs(lookup.knowledge, used),
        suggestions=tuple(f"event {e.name}" for e in [*happening, *(o.item for o in others if o.kind == "event")][:2]) + ("events",),
        more_hint=more,
    )


def _dated(lookup: Lookup, date: dt.date, month_days, happening: list[Event], until: dt.date | None) -> tuple[list, list]:
    """The day's entries but quotes and the events going on: those of ``date`` itself, and those of the same day
    in other years (earlier ones; with ``until``, later ones up to it too), newest first."""
    index = day_index(lookup.knowledge)
    exact, others = [], []
    going_on = {id(event) for event in happening}
    for month_day in month_days:
        entries = index.calendar.get(month_day, [])
        dated = [Anniversary(*entry) for entry in islice(entries, index.day_quotes.get(month_day, (len(entries),))[0])]
        for entry in [*dated, *entries_on(lookup, [month_day])]:
            if entry.kind == "event" and id(entry.item) in going_on:
                continue
            if entry.day == date:
                exact.append(entry)
            elif entry.day.year < date.year or (until is not None and entry.day <= until):
                others.append(entry)
    others.sort(key=lambda entry: -entry.day.toordinal())
    return exact, others


def _quotes_of(lookup: Lookup, date: dt.date, month_days) -> tuple[list[Anniversary], int, str | None]:
    """The best quote said on ``date`` itself, how many were and their one speaker (None: several or none).

    A bisection on the day's years skips days with no quote of that year; only then is the day's list walked."""
    index = day_index(lookup.knowledge)
    said = []
    for month_day in month_days:
        if month_day in index.day_quotes:
            start, years, _, _ = index.day_quotes[month_day]
            if bisect.bisect_right(years, date.year) > bisect.bisect_left(years, date.year):
                said += [Anniversary(*e) for e in islice(index.calendar[month_day], start, None) if e[2] == date]
    speakers = {quote.item.speaker for quote in said}
    return said[:ON_DAY_QUOTES], len(said), speakers.pop() if len(speakers) == 1 else None


def _with_summary(heading: str, summary: str | None, limit: int) -> Block:
    return Block(cut_at_sentence(summary, limit) if summary and limit else "", style="item", heading=heading)


def _summary(entry) -> str | None:
    return getattr(entry.item, "summary", None) if entry.kind != "article" else None


def _days_remembered(date: dt.date) -> list[tuple[int, int]]:
    """``date``'s (month, day), and 29 February on 28 February of a common year."""
    return [(date.month, date.day), *([(2, 29)] if (date.month, date.day) == (2, 28) and not calendar.isleap(date.year) else [])]


def roles_changed_on(lookup: Lookup, date: dt.date) -> list[tuple[dt.date, object, str]]:
    """Who took up or left a role on ``date``'s day in an earlier year or on it: (day, person, "X became Y"), newest first.

    Only roles dated to the day count ("from: 2024-10-01", not "from: 2010").
    """
    return [found for found in role_days(lookup).get((date.month, date.day), ()) if found[0] <= date]


_ROLE_DAYS = PerLoad("topics.days.role_days")


def build_day_indexes(lookup: Lookup) -> None:
    """Build at load what a day's answer reads: the role changes by day, the initiatives and articles by day."""
    role_days(lookup)
    day_items.build(lookup)


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




def _what(lookup: Lookup, entry) -> str:
    item = entry.item
    if entry.kind == "event":
        return f"{item.name}, {item.place}" if item.place else item.name
    if entry.kind == "pledge":
        return f"{item.name}, by {item.by}"
    if entry.kind == "initiative":
        return say_day.initiative_dated(item.name, item.kind)
    if entry.kind == "article":
        return say_day.article_published(item.title, item.publisher)
    person = lookup.knowledge.people.get(item.speaker)
    return f"{person.name if person else item.speaker} said"


def _quiet_titles(date: dt.date) -> tuple[str, str]:
    return say_day.nothing_on_that_day(date), say_day.nothing_on(date)


def _quiet_day(lookup: Lookup, date: dt.date, that_year: bool) -> Reply:
    """Nothing on this day: said plainly, with the next day that has something and the nearest events, as suggestions."""
    title = say_day.nothing_on_that_day(date) if that_year else say_day.nothing_on(date)
    upcoming = next_anniversary(lookup.knowledge, date)
    nearest = _nearest_in_time(lookup, date)
    near = (Block(say.NEAREST_IN_TIME, heading=messages.SUGGESTIONS_HEADING),
            *(Block("", style="item", heading=event_label(e)) for e in nearest)) if nearest else ()
    if upcoming is None:
        return Reply("answer", title, blocks=(Block(say_day.ON_DAY_MORE), *near), suggestions=("events",))
    ahead, match = upcoming
    later = date + dt.timedelta(ahead)
    block = Block(say_day.next_in_record(later, _what(lookup, match)), heading=say_day.NEXT_IN_RECORD)
    return Reply(
        "answer",
        title,
        blocks=(block, *near),
        items=item_refs([match.item]),
        sources=source_refs(lookup.knowledge, [match.item]),
        suggestions=(f"today {later.day} {later:%B}".lower(), "events"),
    )


def _nearest_in_time(lookup: Lookup, date: dt.date) -> list[Event]:
    """The last event that began before ``date`` and the first one after it ("2024-10-02": Washington, London)."""
    events = lookup.events_by_date
    at = bisect.bisect_left(events, date, key=lambda event: event.when.start.first_day())
    return [*events[max(at - 1, 0) : at], *events[at : at + 1]]
