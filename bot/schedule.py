"""When a daily digest is due: wall-clock times in IANA zones, DST-safe. Pure.

Every function takes ``now`` (an aware datetime) instead of reading the clock,
as discord.py's ``_get_next_sleep_time(now)`` does, so tests use fixed instants.

DST rules, per local day and subscription there is exactly one instant:
- a time in the spring-forward gap (02:30 in Brussels on the last Sunday of
  March) fires at the first valid instant after the gap (03:00 CEST); the day
  is never skipped;
- a time in the repeated hour of a fall-back (02:30 on the last Sunday of
  October) fires once, at its first occurrence (fold=0).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
DEFAULT_GRACE = dt.timedelta(hours=6)


@dataclass(frozen=True)
class Slot:
    """One day's digest for one channel: the local date, when it fires and when that day ends (UTC)."""

    local_date: dt.date
    fires_at: dt.datetime
    day_ends_at: dt.datetime

    def is_due(self, now: dt.datetime, grace: dt.timedelta = DEFAULT_GRACE) -> bool:
        """Fired already, at most ``grace`` ago, and the local day is not over: worth posting now."""
        return self.fires_at <= now < min(self.fires_at + grace, self.day_ends_at)


def parse_hhmm(text: str) -> dt.time:
    """``"09:00"`` -> ``time(9, 0)``; raise ValueError for anything else.

    The store keeps times in this form; ``bot.digest_commands`` parses what people type.
    """
    hours, _, minutes = text.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and 1 <= len(hours) <= 2):
        msg = f"expected HH:MM, got {text!r}"
        raise ValueError(msg)
    return dt.time(int(hours), int(minutes))


def wall_clock_instant(local_date: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant when clocks in ``zone`` show ``at`` on ``local_date``.

    >>> wall_clock_instant(dt.date(2026, 3, 29), dt.time(2, 30), ZoneInfo("Europe/Brussels"))
    datetime.datetime(2026, 3, 29, 1, 0, tzinfo=datetime.timezone.utc)
    """
    wall = dt.datetime.combine(local_date, at)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first  # exists (for a repeated hour, fold=0 is the first occurrence)
    second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return _end_of_gap(min(first, second), max(first, second), wall, zone)


def _end_of_gap(low: dt.datetime, high: dt.datetime, wall: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The first instant in (low, high] whose local time is past ``wall``: when the gap closes."""
    while high - low > dt.timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).replace(tzinfo=None) > wall:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def slot_on(local_date: dt.date, at: dt.time, zone: ZoneInfo) -> Slot:
    """The slot of ``local_date``: firing instant and the end of that local day."""
    return Slot(
        local_date,
        wall_clock_instant(local_date, at, zone),
        wall_clock_instant(local_date + dt.timedelta(days=1), dt.time(0, 0), zone),
    )


def local_today(now: dt.datetime, zone: ZoneInfo) -> dt.date:
    return now.astimezone(zone).date()


def today_slot(now: dt.datetime, at: dt.time, zone: ZoneInfo) -> Slot:
    """Today's slot in ``zone``, whether it has fired yet or not."""
    return slot_on(local_today(now, zone), at, zone)


def next_slot(now: dt.datetime, at: dt.time, zone: ZoneInfo) -> Slot:
    """The first slot that fires strictly after ``now``: today's if still ahead, else tomorrow's."""
    today = today_slot(now, at, zone)
    if today.fires_at > now:
        return today
    return slot_on(today.local_date + dt.timedelta(days=1), at, zone)


def retry_delay(attempts: int, *, first: dt.timedelta = dt.timedelta(minutes=1), cap: dt.timedelta = dt.timedelta(minutes=30)) -> dt.timedelta:
    """Backoff after ``attempts`` failed sends: 1, 2, 4, … minutes, at most 30."""
    return min(first * (2 ** max(0, attempts - 1)), cap)


def describe_instant(instant: dt.datetime, zone: ZoneInfo) -> str:
    """``"Tuesday 24 November 2026, 09:00 CET (08:00 UTC)"``."""
    local = instant.astimezone(zone)
    utc = instant.astimezone(UTC)
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M} {local.tzname()} ({utc:%H:%M} UTC)"
