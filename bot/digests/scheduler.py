"""Posts the daily digests: finds what is due and hands each channel to the courier.

For each due subscription: build the digest once per date, then
``Courier.deliver`` claims, checks, sends and records it (``delivery.py``).
A failed send is retried with backoff until the channel's local day ends;
``ChannelGone`` disables the subscription. The clock and ``sleep`` are
injected, so tests drive time by hand; ``stop()`` may come from any thread.

Must not: know a platform, open the store, or start threads (``service.py`` does).

    scheduler = DigestScheduler(store, lambda: bot.knowledge, {"slack": SlackDigestSender(client)})
    await scheduler.run_forever()
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import random
import threading
from collections.abc import Awaitable, Callable
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from ..knowledge.model import Knowledge
from ..reply import Reply
from ..store import DEFAULT_LEASE, Delivery, Scheduled, SqlStore, stamp
from .content import digest_for
from .delivery import Courier, DigestTag, Outcome, Parcel, Sender
from .schedule import (
    DEFAULT_GRACE,
    ON_TIME,
    DayPlan,
    Slot,
    parse_hhmm,
    wall_clock_instant,
    zone_named,
)

log = logging.getLogger(__name__)

ABANDONED_EVERY = dt.timedelta(minutes=1)
ABANDONED = ("the process posting it stopped, and the channel's day ended before another could look in the channel: "
             "it may not have been posted")

__all__ = ["DigestScheduler", "Outcome", "Sender", "digest_tag"]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class _Scan(NamedTuple):
    due: list[tuple[dt.datetime, tuple[str, str], Slot]]  # (fires at, (platform, channel), slot), in that order
    wake: dt.datetime


def _is_due(slot: Slot, delivery: Delivery | None, now: dt.datetime, grace: dt.timedelta) -> bool:
    """A day never tried is due within the grace window; a failed one at its retry time, until the day ends."""
    if delivery is None:
        return slot.is_due(now, grace)
    if not slot.fires_at <= now < slot.day_ends_at:
        return False
    if delivery.status == "failed":
        return delivery.next_attempt_at is not None and delivery.next_attempt_at <= stamp(now)
    if delivery.status == "claimed":  # its holder stopped renewing: died, or stuck
        return (delivery.lease_until or delivery.claimed_at or "") <= stamp(now)
    return False


def _is_settled(slot: Slot, delivery: Delivery | None, now: dt.datetime, grace: dt.timedelta) -> bool:
    """Nothing more will happen to this day: posted, skipped, given up, or missed beyond the grace window."""
    if delivery is None:
        return not slot.is_due(now, grace) and now >= slot.fires_at
    return delivery.status in ("sent", "skipped") or (delivery.status == "failed" and delivery.next_attempt_at is None)


def digest_tag(platform: str, channel: str, sub: Scheduled, slot: Slot) -> DigestTag:
    """The tag a sender posts with and looks for: the same for every process and every try."""
    day_start = _day_start(slot.local_date, sub.timezone)
    digest = hashlib.sha256(f"cyberbot-digest|{platform}|{channel}|{slot.local_date.isoformat()}".encode()).digest()
    nonce = str(int.from_bytes(digest[:8], "big") >> 1)  # at most 19 digits: a valid Discord nonce
    return DigestTag(sub.id, slot.local_date, day_start, nonce)


@lru_cache(maxsize=4096)
def _day_start(local_date: dt.date, zone_name: str) -> dt.datetime:
    """Local midnight of ``local_date``, once per date and zone (every channel of a zone shares it)."""
    return wall_clock_instant(local_date, dt.time(0), zone_named(zone_name))


class DigestScheduler:
    """Finds the due digests and posts them through the platform's sender."""

    def __init__(
        self,
        store: SqlStore,
        knowledge_provider: Callable[[], Knowledge],
        senders: dict[str, Sender],
        clock: Callable[[], dt.datetime] = utc_now,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        *,
        grace: dt.timedelta = DEFAULT_GRACE,
        max_sleep: float = 60.0,
        lease: dt.timedelta = DEFAULT_LEASE,
        spread: bool = False,
    ):
        self.store = store
        self.knowledge_provider = knowledge_provider
        self.senders = senders
        self.clock = clock
        self.sleep = sleep or self._sleep_unless_stopped
        self.grace = grace
        self.max_sleep = max_sleep
        self.lease = lease
        # where this process starts in each pass's list: processes started at different points
        # collide on fewer claims (each lost claim is a wasted write); off by default for tests
        self._start_at = random.random() if spread else 0.0
        self.courier = Courier(store, clock, lambda seconds: self.sleep(seconds), lease=lease, stopping=lambda: self._stopping)
        self._plan: DayPlan | None = None
        self._plan_version: int | None = None
        self._look_for_abandoned = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
        self._subscriptions: dict[tuple[str, str], Scheduled] = {}
        self._digests: dict[tuple[dt.date, str], Reply | None] = {}
        self._digests_from: Knowledge | None = None
        self._stopping = False
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def due(self, now: dt.datetime) -> list[tuple[Scheduled, Slot]]:
        """Subscriptions (as the scheduler reads them) with a sender here whose digest for their local today should go out now."""
        return [(self._subscriptions[key], slot) for _, key, slot in self._scan(now).due]

    def next_wakeup(self, now: dt.datetime) -> dt.datetime:
        """When something may next be due: the next firing or retry, at most ``max_sleep`` away."""
        return self._scan(now).wake

    def _plan_at(self, now: dt.datetime) -> DayPlan:
        """The day plan, rebuilt only when some process changed a subscription."""
        version = self.store.subscriptions_version()
        if self._plan is None or version != self._plan_version:
            subscriptions = [s for s in self.store.schedule() if s.platform in self.senders]
            broken = self._unschedulable({(s.local_time, s.timezone) for s in subscriptions})
            if broken:
                subscriptions = [s for s in subscriptions if not self._stopped_for(s, broken)]
            keys = list(map(itemgetter(0, 1), subscriptions))  # (platform, channel)
            self._subscriptions = dict(zip(keys, subscriptions))
            self._plan = DayPlan(dict(zip(keys, map(itemgetter(2, 3), subscriptions))), now)  # (HH:MM, zone)
            self._plan_version, self._look_for_abandoned = version, now
        self._plan.advance(now)
        if now >= self._look_for_abandoned:  # at start, then once a minute: a read of the claims in flight
            self._look_for_abandoned = now + ABANDONED_EVERY
            self._close_abandoned(self._plan, now)
        return self._plan

    def _close_abandoned(self, plan: DayPlan, now: dt.datetime) -> None:
        """Close, with a log line, the claims a stopped process left on days that have ended: nobody may take them
        over any more, and whether they were posted is unknown (the row says so too: failed, uncertain)."""
        for claim in self.store.expired_claims(now):
            key = (claim.platform, claim.channel)
            if key in self._subscriptions and plan.slot(key).local_date > claim.local_date and self.store.abandon(claim, ABANDONED, now):
                log.warning("digest for %s in %s channel %s: %s", claim.local_date.isoformat(), claim.platform, claim.channel, ABANDONED)

    @staticmethod
    def _unschedulable(times: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """The (HH:MM, zone) pairs that no longer load (a zone dropped from tzdata), with why."""
        broken = {}
        for local_time, zone_name in times:
            try:
                zone_named(zone_name)
                parse_hhmm(local_time)
            except (KeyError, ValueError) as error:  # ZoneInfoNotFoundError is a KeyError
                broken[(local_time, zone_name)] = f"cannot schedule {local_time} in time zone {zone_name!r} ({error}); subscribe again with a valid zone"
        return broken

    def _stopped_for(self, sub: Scheduled, broken: dict[tuple[str, str], str]) -> bool:
        """True, with the subscription stopped and a log line, when its time or zone is broken: one bad row must not
        stop every channel's digest."""
        reason = broken.get((sub.local_time, sub.timezone))
        if reason is not None:
            self.store.disable(sub.platform, sub.channel, reason)
            log.warning("digest for %s channel %s disabled: %s", sub.platform, sub.channel, reason)
        return reason is not None

    def _scan(self, now: dt.datetime) -> _Scan:
        """What is due now, and when to look again. A slot seen firing live is due without a read (its claim
        decides); the deliveries are read only for the other fired, unsettled days."""
        plan = self._plan_at(now)
        wake = min(filter(None, (plan.next_change(), now + dt.timedelta(seconds=self.max_sleep))))
        fresh = plan.take_fresh()
        looked = plan.open.difference(fresh)
        due = []
        cutoff = now - max(self.grace, ON_TIME)  # a slot fired live is due within the grace window (as Slot.is_due)
        for key in fresh:
            slot = plan.slot(key)
            if slot.fires_at > cutoff and now < slot.day_ends_at:
                due.append((slot.fires_at, key, slot))
            else:
                looked.add(key)
        if looked:
            records = self.store.deliveries_for((*key, plan.slot(key).local_date) for key in looked)
        for key in looked:
            slot = plan.slot(key)
            delivery = records.get((*key, slot.local_date.isoformat()))
            if _is_due(slot, delivery, now, self.grace):
                due.append((slot.fires_at, key, slot))
            elif _is_settled(slot, delivery, now, self.grace):
                plan.settle(key)
            elif delivery is not None and delivery.status == "failed":
                wake = min(wake, max(now, dt.datetime.fromisoformat(delivery.next_attempt_at)))
            elif delivery is not None and delivery.status == "claimed" and delivery.lease_until:
                wake = min(wake, max(now, dt.datetime.fromisoformat(delivery.lease_until)))  # a takeover, if not renewed
        due.sort()  # by firing instant, then platform and channel
        return _Scan(due, wake)

    async def run_due(self, now: dt.datetime | None = None, *, into: list[Outcome] | None = None) -> list[Outcome]:
        """Post every digest due at ``now`` (default: the clock); one Outcome per channel tried.

        Stops taking claims once ``stop()`` is called; a busy store fails the channels of a run, not the pass.
        """
        started = self.clock()
        now = now or started
        offset = now - started  # a pass asked for another instant (tests) runs its clock from there
        self.courier.clock = (lambda: self.clock() + offset) if offset else self.clock
        outcomes = into if into is not None else []
        due = self._scan(now).due
        first = int(self._start_at * len(due))
        parcels = []
        for _, key, slot in due[first:] + due[:first]:
            sub = self._subscriptions[key]
            reply = self._digest(slot.local_date, sub.when_empty)
            tag = digest_tag(sub.platform, sub.channel, sub, slot) if reply is not None else None
            parcels.append(Parcel(self.senders[sub.platform], sub.platform, sub.channel, slot, reply, tag))

        def done(outcome: Outcome) -> None:
            if outcome.status in ("sent", "skipped", "disabled") and self._plan is not None:
                self._plan.settle((outcome.platform, outcome.channel))
            outcomes.append(outcome)

        await self.courier.deliver_all(parcels, done)
        return outcomes

    def _digest(self, date: dt.date, when_empty: str) -> Reply | None:
        """``digest_for``, built once per date and choice for every channel (until the knowledge is reloaded)."""
        knowledge = self.knowledge_provider()
        if knowledge is not self._digests_from or len(self._digests) > 32:
            self._digests, self._digests_from = {}, knowledge
        key = (date, when_empty)
        if key not in self._digests:
            self._digests[key] = digest_for(knowledge, date, when_empty=when_empty)
        return self._digests[key]

    async def run_forever(self) -> None:
        """Post what is due, sleep until the next due time (capped), repeat until ``stop()``."""
        with self._lock:
            self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        log.info("digest scheduler started for %s", ", ".join(sorted(self.senders)) or "no platform")
        while not self._stopping:
            now = self.clock()
            try:
                await self.run_due(now)
                wake = self.next_wakeup(now)
            except Exception:
                log.exception("digest pass failed; trying again shortly")
                wake = now + dt.timedelta(seconds=self.max_sleep)
            if self._stopping:
                break
            await self.sleep(max(0.0, min(self.max_sleep, (wake - self.clock()).total_seconds())))

    async def _sleep_unless_stopped(self, seconds: float) -> None:
        if self._wake is None:
            await asyncio.sleep(seconds)
            return
        try:
            await asyncio.wait_for(self._wake.wait(), seconds)
        except asyncio.TimeoutError:
            pass

    def stop(self) -> None:
        """Take no more claims and wake from any sleep; safe from any thread. An in-flight send finishes."""
        self._stopping = True
        with self._lock:
            loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(wake.set)
            except RuntimeError:  # the loop closed meanwhile
                pass
