"""Chat strings of the day answers: what happened on a day ("on this date"), anniversaries, how long ago."""

from __future__ import annotations

import datetime as dt

from ..reply import Code, Text
from .elapsed import years_between
from .phrasing import shorten


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def on_that_day(day: dt.date, what: str) -> str:
    """A line of the day asked itself: "On 8 July 2016: Cyber Defence Pledge, by NATO Allies"."""
    return f"On {day_text(day)}: {what}"


def that_day_title(day: dt.date) -> str:
    """The title when a year is named: that day of that year comes first, other years follow labelled."""
    return f"On {day_text(day)}"


def other_years_only(day: dt.date) -> str:
    """The title when the day asked holds nothing but the same day in other years does: a miss first, then those
    years ("2 years ago today" names that day of that year, not the date in any year)."""
    return f"Nothing in the knowledge on {day_text(day)} itself; on {day.day} {day:%B} in other years:"


def read_month_first(day: dt.date, title: str) -> str:
    """"Read month first: On 9 November 2023" (the day read first held nothing)."""
    return f"Read month first: {title}"


def nothing_on_that_day(day: dt.date) -> str:
    return f"Nothing in the knowledge happened on {day_text(day)}"


def initiative_dated(name: str, kind: str) -> str:
    """"NATO Integrated Cyber Defence Centre agreed": what an initiative's date stands for."""
    return f"{name} {'began' if kind in ('programme', 'exercise', 'campaign') else 'agreed'}"


def article_published(title: str, publisher: str | None) -> str:
    return f"Article “{shorten(title, 70)}” published" + (f" ({publisher})" if publisher else "")


def time_ago(day: dt.date, today: dt.date) -> str:
    """"1 year (365 days) ago", "11 days ago", "today", "in 40 days"."""
    days = (today - day).days
    if days < 0:
        return f"in {-days} day{'s' if days != -1 else ''}"
    if days == 0:
        return "today"
    years = years_between(day, today)
    count = f"{days} day{'s' if days != 1 else ''}"
    return f"{years} year{'s' if years != 1 else ''} ({count}) ago" if years else f"{count} ago"


def _which_day(day: dt.date, today: dt.date) -> str:
    return "today" if day == today else f"{day.day} {day:%B}"


def anniversary_answer(name: str, date: dt.date, falls: dt.date | None, day: dt.date, today: dt.date, *, when: bool = False) -> str:
    """"Yes: today is the anniversary of X (9 October 2025, 1 year (365 days) ago)", or "No: X was on ...; next anniversary ..."."""
    ago = f"{day_text(falls or date)}, {time_ago(falls or date, today)}"
    if falls is not None and falls < day:
        return f"Yes: {_which_day(day, today)} is the anniversary of {name} ({ago})"
    following = date.replace(year=day.year) if (date.month, date.day) >= (day.month, day.day) else date.replace(year=day.year + 1)  # today's: today
    following_text = f"{day_text(following)} ({time_ago(following, today)})"
    if when:
        return f"The anniversary of {name} is {date.day} {date:%B}: it was on {ago}; the next is {following_text}"
    return f"No: {name} was on {ago}; its next anniversary is {following_text}"


def nth_anniversary(name: str, start, nth: int | None, today: dt.date) -> str:
    """"The 20th anniversary of X falls in November 2028 (20 years after November 2008)"; with no ``nth``, the month or day it falls
    every year, where the knowledge has no day ("X was in November 2008: its anniversary falls in November")."""
    if nth is None:
        return f"{name} was in {start}: no day is recorded, so its anniversary falls in {start.first_day():%B}" if start.month else (
            f"{name} dates from {start}: no day is recorded, so no anniversary day")
    year = start.year + nth
    if start.day is None:
        when = f"in {start.first_day():%B} {year}" if start.month else f"in {year}"
        return f"The {_ordinal(nth)} anniversary of {name} falls {when} ({nth} years after {start})"
    day = start.first_day()
    on = dt.date(year, day.month, 28 if (day.month, day.day) == (2, 29) else day.day)
    return f"The {_ordinal(nth)} anniversary of {name} {'was' if on < today else 'is'} on {day_text(on)}, {time_ago(on, today)} ({nth} years after {day_text(day)})"


def other_anniversary(name: str, years: int, claimed: int, date: dt.date) -> str:
    """"No: today is the 3rd anniversary of X (9 November 2023), not the 5th"."""
    return f"No: today is the {_ordinal(years)} anniversary of {name} ({day_text(date)}), not the {_ordinal(claimed)}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def anniversaries_title(count: int, first: dt.date, last: dt.date) -> str:
    return f"{count} anniversar{'y' if count == 1 else 'ies'} from {first.day} {first:%B} to {last.day} {last:%B %Y}"


def anniversary_line(day: dt.date, happened: dt.date, name: str) -> str:
    """"9 November: First annual NATO Cyber Defence Conference (2023, 3 years)"."""
    years = day.year - happened.year
    return f"{day.day} {day:%B}: {name} ({happened.year}, {years} year{'s' if years != 1 else ''})"


def nth_anniversaries_title(count: int, years: int, year: int) -> str:
    """"2 entries have their 10th anniversary in 2026"."""
    return f"{count} entr{'y has' if count == 1 else 'ies have'} {'its' if count == 1 else 'their'} {_ordinal(years)} anniversary in {year}"


def no_nth_anniversaries(years: int, year: int) -> str:
    return f"Nothing in the knowledge has its {_ordinal(years)} anniversary in {year} (nothing dated {year - years})"


def more_anniversaries(count: int) -> str:
    return f"… and {count} more: ask for a shorter stretch (this week, next week)."


def no_anniversaries(first: dt.date, last: dt.date) -> str:
    return f"No anniversaries in the knowledge from {first.day} {first:%B} to {last.day} {last:%B %Y}"


def nothing_about_on(topic: str, day: dt.date) -> str:
    """An honest miss: the day has entries, none about the topic asked."""
    return f"Nothing in the knowledge about “{topic}” falls on {day.day} {day:%B}"


ON_DAY_MORE: Text = ("Ask ", Code("events"), " for everything the knowledge holds, or another day: ", Code("today 9 november"), ".")


def nothing_on(date) -> str:
    return f"Nothing in the knowledge happened on {date.day} {date:%B}"


def on_day_title(date, today) -> str:
    return f"On this day, {date.day} {date:%B}"


def happening_on(date, label: str, today) -> str:
    verb = f"Happening on {day_text(date)}" + (" (today)" if date == today else "")
    return f"{verb}: {label}"


def on_day_heading(day, years: int, is_today: bool, what: str) -> str:
    """"3 years ago today: X" only on the day itself; otherwise "On 16 May 2024 (2 years ago): X"."""
    ago = "less than a year ago" if years <= 0 else f"{years} year{'s' if years != 1 else ''} ago"
    if is_today:
        return f"{ago} today: {what}"
    return f"On {day_text(day)} ({ago}): {what}"


def more_quotes_that_day(count: int, command: str) -> Text:
    return (f"…and {count} more quote{'s' if count != 1 else ''} from that day: ", Code(command), ".")


NEXT_IN_RECORD = "Next in the record"


def next_in_record(day, what: str) -> str:
    return f"{day.day} {day:%B}: {what}"
