"""The knowledge as frozen dataclasses: what the loader builds and the core reads.

Nothing here reads files. ``bot.knowledge.loader`` turns YAML into these objects and
validates them; ``bot.answering.search`` and ``bot.answer`` only read them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year"]
Trust = Literal["verified", "unverified", "translated"]

ITEM_TYPES = ("event", "pledge", "quote", "person", "initiative", "source")
#: "", "January", ... "December": read once (``calendar.month_name`` formats a date on every look-up).
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name)


@dataclass(frozen=True, order=True, slots=True)
class FuzzyDate:
    """A date known to the day, the month or only the year.

    >>> FuzzyDate.parse("2008-11")
    FuzzyDate(year=2008, month=11, day=None)
    >>> str(FuzzyDate.parse("2022-11-10"))
    '10 November 2022'
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        parts = text.strip().split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            msg = f"expected YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}"
            raise ValueError(msg)
        if len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
            msg = f"expected YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}"
            raise ValueError(msg)
        year, *rest = (int(p) for p in parts)
        month = rest[0] if rest else None
        day = rest[1] if len(rest) > 1 else None
        if month is not None and not 1 <= month <= 12:
            msg = f"month {month} does not exist in {text!r}"
            raise ValueError(msg)
        if day is not None:
            dt.date(year, month, day)  # raises "day is out of range for month"
        return cls(year, month, day)


    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def as_date(self) -> dt.date | None:
        """The exact day, or None when only the month or year is known."""
        return self.first_day() if self.day is not None else None

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.day} {MONTH_NAMES[self.month]} {self.year}"
        if self.month is not None:
            return f"{MONTH_NAMES[self.month]} {self.year}"
        return str(self.year)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A start date and an optional end date (inclusive)."""

    start: FuzzyDate
    end: FuzzyDate | None = None

    def days(self) -> list[dt.date]:
        """Every day of the span, or [] when the start is not known to the day."""
        first = self.start.as_date()
        if first is None:
            return []
        last = self.end.as_date() if self.end else first
        if last is None or last < first:
            return [first]
        return [first + dt.timedelta(n) for n in range((last - first).days + 1)]

    def contains(self, date: dt.date) -> bool:
        last = (self.end or self.start).last_day()
        return self.start.first_day() <= date <= last

    def __str__(self) -> str:
        if self.end is None or self.end == self.start:
            return str(self.start)
        start, end = self.start, self.end
        if start.precision == end.precision == "day" and (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end}"
        if start.precision == end.precision == "day" and start.year == end.year:
            return f"{start.day} {MONTH_NAMES[start.month]} – {end}"
        return f"{start} – {end}"


@dataclass(frozen=True, slots=True)
class Source:
    """Where knowledge comes from: a seed article (with its file) or a reference page."""

    id: str
    title: str
    publisher: str | None = None
    author: str | None = None
    published: FuzzyDate | None = None
    url: str | None = None
    seed: str | None = None  # file name in seeds/, for seed articles
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A role a person held, e.g. NATO Secretary General from 2014-10-01 to 2024-10-01."""

    title: str
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    aliases: tuple[str, ...] = ()  # "Secretary General", "SecGen": resolved by date

    def held_on(self, date: dt.date) -> bool:
        if self.start and date < self.start.first_day():
            return False
        return not (self.end and date >= self.end.first_day())


@dataclass(frozen=True, slots=True)
class Person:
    """Someone quoted or named, with the roles they held (each dated)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    summary: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A conference, summit, exercise, campaign, incident or publication."""

    id: str
    name: str
    kind: str
    when: DateSpan
    city: str | None = None
    country: str | None = None
    venue: str | None = None
    hosts: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()  # person ids
    participants: tuple[str, ...] = ()  # person ids: took part (a panel, a delegation, a host) with no speech recorded
    summary: str | None = None
    aliases: tuple[str, ...] = ()
    series: str | None = None
    sources: tuple[str, ...] = ()
    notes: str | None = None

    @property
    def place(self) -> str | None:
        parts = [p for p in (self.city, self.country) if p]
        return ", ".join(parts) or None


@dataclass(frozen=True, slots=True)
class Pledge:
    """A pledge allies made: when, by whom, at which event, and what it commits them to."""

    id: str
    name: str
    date: FuzzyDate
    by: str
    summary: str
    event: str | None = None  # event id where it was agreed
    commitments: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()  # quote ids that call for it or recommit to it
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a person, kept exactly as the cited seed prints them."""

    id: str
    speaker: str  # person id
    text: str
    source: str  # source id of a seed article
    trust: Trust = "verified"
    said: FuzzyDate | None = None
    event: str | None = None  # event id
    topics: tuple[str, ...] = ()
    original: str | None = None  # the speaker's own wording, where a translation differs
    variant_of: str | None = None  # quote id whose words this restates (an article's sub-heading wording): ranked after it
    note: str | None = None

    @property
    def trust_mark(self) -> str | None:
        """The warning every answer shows next to this quote, or None for verified words."""
        return TRUST_MARKS.get(self.trust)


TRUST_MARKS: dict[str, str] = {
    "translated": "machine re-translation, not the speaker's own words",
    "unverified": "unverified: not found in any official text",
}


@dataclass(frozen=True, slots=True)
class Initiative:
    """A standing NATO body, capability or programme (a centre, a team, a platform)."""

    id: str
    name: str
    kind: str
    summary: str
    established: FuzzyDate | None = None
    aliases: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # related event ids
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Knowledge:
    """Everything one knowledge file holds, by id, in file order."""

    path: str
    sources: dict[str, Source] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    pledges: dict[str, Pledge] = field(default_factory=dict)
    quotes: dict[str, Quote] = field(default_factory=dict)
    initiatives: dict[str, Initiative] = field(default_factory=dict)

    def collection(self, item_type: str) -> dict:
        return {
            "event": self.events,
            "pledge": self.pledges,
            "quote": self.quotes,
            "person": self.people,
            "initiative": self.initiatives,
            "source": self.sources,
        }[item_type]

    def get(self, item_type: str, item_id: str):
        return self.collection(item_type).get(item_id)

    def counts(self) -> dict[str, int]:
        """How many entries of each kind: ``{"events": 17, "pledges": 9, ...}``."""
        return {
            "events": len(self.events),
            "pledges": len(self.pledges),
            "quotes": len(self.quotes),
            "people": len(self.people),
            "initiatives": len(self.initiatives),
            "sources": len(self.sources),
        }

