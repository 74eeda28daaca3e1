"""When a daily digest is due: wall-clock times in IANA zones, DST-safe. Pure.

Every function takes ``now`` (an aware datetime) instead of reading the clock,
as discord.py's ``_get_next_sleep_time(now)`` does, so tests use fixed instants.
Must not read the clock or the store.

DST rules, per local day and subscription there is exactly one instant:
- a time in the spring-forward gap (02:30 in Brussels on the last Sunday of
  March) fires at the first valid instant after the gap (03:00 CEST); the day
  is never skipped;
- a time in the repeated hour of a fall-back (02:30 on the last Sunday of
  October) fires once, at its first occurrence (fold=0).
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
DEFAULT_GRACE = dt.timedelta(hours=6)
ON_TIME = dt.timedelta(minutes=5)  # the shortest catch-up window: a grace of 0 still posts on time


@dataclass(frozen=True)
class Slot:
    """One day's digest for one channel: the local date, when it fires and when that day ends (UTC)."""

    local_date: dt.date
    fires_at: dt.datetime
    day_ends_at: dt.datetime

    def is_due(self, now: dt.datetime, grace: dt.timedelta = DEFAULT_GRACE) -> bool:
        """Fired already, at most ``grace`` (but never less than ``ON_TIME``) ago, and the local day is not over."""
        return self.fires_at <= now < min(self.fires_at + max(grace, ON_TIME), self.day_ends_at)


def parse_hhmm(text: str) -> dt.time:
    """``"09:00"`` -> ``time(9, 0)``; raise ValueError for anything else.

    The store keeps times in this form; ``bot.digests.commands`` parses what people type.
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
    return Slot(local_date, wall_clock_instant(local_date, at, zone), _local_midnight_after(local_date, zone))


@lru_cache(maxsize=4096)
def _local_midnight_after(local_date: dt.date, zone: ZoneInfo) -> dt.datetime:
    """When ``local_date`` ends in ``zone``; shared by every subscription in that zone."""
    return wall_clock_instant(local_date + dt.timedelta(days=1), dt.time(0, 0), zone)


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


class DayPlan:
    """Today's slot of every subscription, walked in firing order as ``now`` moves on. Pure.

    ``advance(now)`` opens the slots that have fired since the last call; the
    caller ``settle``s each one once it is posted, skipped or given up. When a
    channel's local day ends, its slot moves to the next day. Two heaps (firing
    instants, local midnights) keep each step proportional to what changed, so
    an idle pass costs two comparisons.

    >>> plan = DayPlan({("slack", "C1"): ("09:00", "Europe/Brussels")}, now)
    >>> plan.advance(later); plan.open
    {('slack', 'C1')}
    """

    def __init__(self, items: dict[Hashable, tuple[str, str]], now: dt.datetime):
        self._items = items  # key -> (HH:MM, IANA zone name)
        self._slots: dict[Hashable, Slot] = {}
        self._firings: list[tuple[float, int, Hashable, dt.date]] = []
        self._midnights: list[tuple[float, int, Hashable, dt.date]] = []
        self._settled: set = set()
        self.open: set = set()
        self._count = itertools.count()
        for firing, midnight in self._schedule_today(items, now):
            self._firings.append(firing)
            self._midnights.append(midnight)
        heapq.heapify(self._firings)
        heapq.heapify(self._midnights)

    def _schedule_today(self, keys, now: dt.datetime):
        """Give each key its slot for its local today; yield its (firing, midnight) heap entries."""
        local_dates: dict[str, dt.date] = {}
        for key in keys:
            local_time, zone_name = self._items[key]
            day = local_dates.get(zone_name)
            if day is None:
                day = local_dates[zone_name] = local_today(now, zone_named(zone_name))
            slot = self._slots[key] = cached_slot(day, local_time, zone_name)
            n = next(self._count)
            yield (slot.fires_at.timestamp(), n, key, day), (slot.day_ends_at.timestamp(), n, key, day)

    def advance(self, now: dt.datetime) -> None:
        """Move to ``now``: new local days get their slots, fired slots not settled become open."""
        moment = now.timestamp()
        ended = []
        while self._midnights and self._midnights[0][0] <= moment:
            _, _, key, day = heapq.heappop(self._midnights)
            if self._slots[key].local_date == day:
                ended.append(key)
                self._settled.discard(key)
                self._close(key)
        for firing, midnight in self._schedule_today(ended, now):
            heapq.heappush(self._firings, firing)
            heapq.heappush(self._midnights, midnight)
        while self._firings and self._firings[0][0] <= moment:
            _, _, key, day = heapq.heappop(self._firings)
            if self._slots[key].local_date == day and key not in self._settled:
                self.open.add(key)

    def slot(self, key) -> Slot:
        return self._slots[key]

    def settle(self, key) -> None:
        """Nothing more to do for this key until its next local day."""
        self._close(key)
        self._settled.add(key)

    def _close(self, key) -> None:
        """No longer open. An emptied set is replaced: a set never shrinks, and walking an empty one that once held
        every channel (the first pass opens all the day's earlier slots) costs its old size on each idle pass."""
        self.open.discard(key)
        if not self.open:
            self.open = set()

    def next_change(self) -> dt.datetime | None:
        """The next firing or local midnight, whichever comes first (None for an empty plan)."""
        upcoming = [heap[0][0] for heap in (self._firings, self._midnights) if heap]
        return dt.datetime.fromtimestamp(min(upcoming), UTC) if upcoming else None


@lru_cache(maxsize=1 << 16)
def cached_slot(local_date: dt.date, local_time: str, zone_name: str) -> Slot:
    """``slot_on`` for a stored ``HH:MM`` and zone name; many subscriptions share a slot."""
    return slot_on(local_date, parse_hhmm(local_time), zone_named(zone_name))


@lru_cache(maxsize=1024)
def zone_named(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, kept alive: zoneinfo's own cache holds only 8 zones strongly, and a
    zone dropped from it is read from disk again."""
    return ZoneInfo(name)
