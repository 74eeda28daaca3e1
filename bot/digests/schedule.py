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
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
DEFAULT_GRACE = dt.timedelta(hours=6)
ONE_DAY = dt.timedelta(days=1)
ONE_MICROSECOND = dt.timedelta(microseconds=1)
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
    zone's local day ends, its slots move to the next day. ``take_fresh()``
    hands over the keys whose slots fired after the plan was made (seen live:
    nothing can have been recorded for them but by a process racing for them),
    once; the others were opened by catching up. Subscriptions with
    the same zone and time share a slot: groups firing at one instant share a
    heap entry, and each zone's local midnight has one, so a day costs a step
    per instant, group and zone plus a set insertion per subscription, and an
    idle pass two comparisons.

    >>> plan = DayPlan({("slack", "C1"): ("09:00", "Europe/Brussels")}, now)
    >>> plan.advance(later); plan.open
    {('slack', 'C1')}
    """

    def __init__(self, items: dict[Hashable, tuple[str, str]], now: dt.datetime):
        self._group_of = items  # key -> (HH:MM, IANA zone name): its group; kept, not copied
        self._members: dict[tuple[str, str], list[Hashable]] = defaultdict(list)
        for key, group in items.items():
            self._members[group].append(key)
        self._zone_groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for group in self._members:
            self._zone_groups[group[1]].append(group)
        self._slots: dict[tuple[str, str], Slot] = {}
        self._days: dict[str, dt.date] = {}  # zone -> the local date its slots are for
        self.open: set = set()
        self._fresh: list[Hashable] = []
        self._made = now.timestamp()
        self._count = itertools.count()
        self._firings: list[float] = []  # a heap of the instants (POSIX seconds) when some group fires
        self._firing: dict[float, list[tuple[tuple[str, str], dt.date]]] = {}  # instant -> (group, its local date)
        self._midnights: list[tuple[float, int, str, dt.date]] = []
        for zone_name in self._zone_groups:
            self._schedule_today(zone_name, now)
        heapq.heapify(self._midnights)

    def _schedule_today(self, zone_name: str, now: dt.datetime) -> None:
        """Give each group of the zone its slot for the zone's local today, and the zone its next midnight."""
        day = self._days[zone_name] = local_today(now, zone_named(zone_name))
        for group in self._zone_groups[zone_name]:
            slot = self._slots[group] = cached_slot(day, group[0], zone_name)
            at = slot.fires_at.timestamp()
            if at not in self._firing:
                self._firing[at] = []
                heapq.heappush(self._firings, at)
            self._firing[at].append((group, day))
        heapq.heappush(self._midnights, (slot.day_ends_at.timestamp(), next(self._count), zone_name, day))

    def advance(self, now: dt.datetime) -> None:
        """Move to ``now``: new local days get their slots, fired slots not settled become open."""
        moment = now.timestamp()
        while self._midnights and self._midnights[0][0] <= moment:
            _, _, zone_name, day = heapq.heappop(self._midnights)
            if self._days[zone_name] == day:
                for group in self._zone_groups[zone_name]:
                    self.open.difference_update(self._members[group])
                self._shrink()
                self._schedule_today(zone_name, now)
        while self._firings and self._firings[0] <= moment:
            at = heapq.heappop(self._firings)
            for group, day in self._firing.pop(at):
                if self._slots[group].local_date == day:  # once per group and day: nothing of it is settled yet
                    self.open.update(self._members[group])
                    if at > self._made:
                        self._fresh += self._members[group]

    def take_fresh(self) -> list:
        """The open keys whose slots fired live since the last call, in firing order (they stay open)."""
        fresh, self._fresh = self._fresh, []
        return [key for key in dict.fromkeys(fresh) if key in self.open] if fresh else fresh

    def slot(self, key) -> Slot:
        return self._slots[self._group_of[key]]

    def settle(self, key) -> None:
        """Nothing more to do for this key until its next local day."""
        self.open.discard(key)
        self._shrink()

    def _shrink(self) -> None:
        """An emptied set is replaced: a set never shrinks, and walking an empty one that once held every
        channel (the first pass opens all the day's earlier slots) costs its old size on each idle pass."""
        if not self.open:
            self.open = set()

    def next_change(self) -> dt.datetime | None:
        """The next firing or local midnight, whichever comes first (None for an empty plan)."""
        upcoming = ([self._firings[0]] if self._firings else []) + ([self._midnights[0][0]] if self._midnights else [])
        return dt.datetime.fromtimestamp(min(upcoming), UTC) if upcoming else None


@lru_cache(maxsize=1 << 16)
def cached_slot(local_date: dt.date, local_time: str, zone_name: str) -> Slot:
    """``slot_on`` for a stored ``HH:MM`` and zone name; many subscriptions share a slot.

    On a day the zone keeps one UTC offset throughout (all but its DST days), the slot is that day's
    midnight plus the time of day: no zone arithmetic per time."""
    at, since_midnight = _stored_time(local_time)
    midnight = _steady_midnight(local_date, zone_name)
    if midnight is None:
        return slot_on(local_date, at, zone_named(zone_name))
    return Slot(local_date, midnight + since_midnight, midnight + ONE_DAY)


@lru_cache(maxsize=2048)
def _stored_time(local_time: str) -> tuple[dt.time, dt.timedelta]:
    at = parse_hhmm(local_time)
    return at, dt.timedelta(hours=at.hour, minutes=at.minute)


@lru_cache(maxsize=4096)
def _steady_midnight(local_date: dt.date, zone_name: str) -> dt.datetime | None:
    """When ``local_date`` begins in the zone, if the day is 24 hours long and its UTC offset is the same at its
    start, middle and end (no zone changes its offset twice within a day); None on a day with a change."""
    zone = zone_named(zone_name)
    start = wall_clock_instant(local_date, dt.time(0), zone)
    if _local_midnight_after(local_date, zone) - start != ONE_DAY:
        return None
    offsets = {moment.astimezone(zone).utcoffset() for moment in (start, start + ONE_DAY / 2, start + ONE_DAY - ONE_MICROSECOND)}
    return start if len(offsets) == 1 else None


@lru_cache(maxsize=1024)
def zone_named(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, kept alive: zoneinfo's own cache holds only 8 zones strongly, and a
    zone dropped from it is read from disk again."""
    return ZoneInfo(name)
