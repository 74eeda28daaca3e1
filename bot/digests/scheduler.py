"""Posts the daily digests: one asyncio task per process, exactly once per channel and day.

For each due subscription: claim the day in the store, build the digest, send
it, mark it sent. A failed send is released and retried with backoff until the
channel's local day ends; ``ChannelGone`` disables the subscription. The clock
and ``sleep`` are injected, so tests drive time by hand.

    scheduler = DigestScheduler(store, lambda: bot.knowledge, {"slack": SlackDigestSender(client)})
    await scheduler.run_forever()
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

from .content import digest_for
from ..errors import ChannelGone, StoreError
from ..knowledge.model import Knowledge
from ..reply import Reply
from .schedule import DEFAULT_GRACE, DayPlan, Slot, parse_hhmm, retry_delay, zone_named
from ..store import DEFAULT_STALE_AFTER, Delivery, Store, Subscription, stamp

log = logging.getLogger(__name__)

MARK_SENT_RETRY_DELAYS = (0.25, 0.5, 1.0, 2.0, 4.0)  # seconds, after each busy store
OutcomeStatus = Literal["sent", "skipped", "failed", "disabled", "lost_claim"]


class Sender(Protocol):
    """Posts a reply to a channel; raises ``ChannelGone`` when it never can again."""

    async def send(self, channel_id: str, reply: Reply) -> None: ...


@dataclass(frozen=True)
class Outcome:
    """What happened to one channel's digest in one pass."""

    platform: str
    channel: str
    local_date: dt.date
    status: OutcomeStatus
    detail: str = ""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class _Scan(NamedTuple):
    due: list[tuple[Subscription, Slot]]
    wake: dt.datetime


def _is_due(slot: Slot, delivery: Delivery | None, now: dt.datetime, grace: dt.timedelta, stale_after: dt.timedelta) -> bool:
    """A day never tried is due within the grace window; a failed one at its retry time, until the day ends."""
    if delivery is None:
        return slot.is_due(now, grace)
    if not slot.fires_at <= now < slot.day_ends_at:
        return False
    if delivery.status == "failed":
        return delivery.next_attempt_at is not None and delivery.next_attempt_at <= stamp(now)
    if delivery.status == "claimed":  # its process died mid-send if the claim is stale
        return (delivery.claimed_at or "") <= stamp(now - stale_after)
    return False


def _is_settled(slot: Slot, delivery: Delivery | None, now: dt.datetime, grace: dt.timedelta) -> bool:
    """Nothing more will happen to this day: posted, skipped, given up, or missed beyond the grace window."""
    if delivery is None:
        return now >= slot.fires_at + grace
    return delivery.status in ("sent", "skipped") or (delivery.status == "failed" and delivery.next_attempt_at is None)


class DigestScheduler:
    """Finds the due digests and posts them through the platform's sender."""

    def __init__(
        self,
        store: Store,
        knowledge_provider: Callable[[], Knowledge],
        senders: dict[str, Sender],
        clock: Callable[[], dt.datetime] = utc_now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        *,
        grace: dt.timedelta = DEFAULT_GRACE,
        max_sleep: float = 60.0,
        stale_after: dt.timedelta = DEFAULT_STALE_AFTER,
    ):
        self.store = store
        self.knowledge_provider = knowledge_provider
        self.senders = senders
        self.clock = clock
        self.sleep = sleep
        self.grace = grace
        self.max_sleep = max_sleep
        self.stale_after = stale_after
        self._plan: DayPlan | None = None
        self._plan_version: int | None = None
        self._subscriptions: dict[tuple[str, str], Subscription] = {}
        self._digests: dict[tuple[dt.date, str], Reply | None] = {}
        self._digests_from: Knowledge | None = None
        self._stopping = False

    def due(self, now: dt.datetime) -> list[tuple[Subscription, Slot]]:
        """Subscriptions with a sender here whose digest for their local today should go out now."""
        return self._scan(now).due

    def next_wakeup(self, now: dt.datetime) -> dt.datetime:
        """When something may next be due: the next firing or retry, at most ``max_sleep`` away."""
        return self._scan(now).wake

    def _plan_at(self, now: dt.datetime) -> DayPlan:
        """The day plan, rebuilt only when some process changed a subscription."""
        version = self.store.subscriptions_version()
        if self._plan is None or version != self._plan_version:
            subscriptions = [s for s in self.store.subscriptions() if s.platform in self.senders and self._schedulable(s)]
            self._subscriptions = {(s.platform, s.channel): s for s in subscriptions}
            self._plan = DayPlan({key: (s.local_time, s.timezone) for key, s in self._subscriptions.items()}, now)
            self._plan_version = version
        self._plan.advance(now)
        return self._plan

    def _schedulable(self, sub: Subscription) -> bool:
        """False, with the subscription stopped and a log line, for a zone or time that no longer loads
        (a zone dropped from tzdata): one bad row must not stop every channel's digest."""
        try:
            zone_named(sub.timezone)
            parse_hhmm(sub.local_time)
        except (KeyError, ValueError) as error:  # ZoneInfoNotFoundError is a KeyError
            reason = f"cannot schedule {sub.local_time} in time zone {sub.timezone!r} ({error}); subscribe again with a valid zone"
            self.store.disable(sub.platform, sub.channel, reason)
            log.warning("digest for %s channel %s disabled: %s", sub.platform, sub.channel, reason)
            return False
        return True

    def _scan(self, now: dt.datetime) -> _Scan:
        """What is due now, and when to look again; reads only the deliveries of fired, unsettled days."""
        plan = self._plan_at(now)
        wake = min(filter(None, (plan.next_change(), now + dt.timedelta(seconds=self.max_sleep))))
        open_keys = list(plan.open)
        if not open_keys:
            return _Scan([], wake)
        records = self.store.deliveries_for((*key, plan.slot(key).local_date) for key in open_keys)
        due = []
        for key in open_keys:
            sub, slot = self._subscriptions[key], plan.slot(key)
            delivery = records.get((*key, slot.local_date.isoformat()))
            if _is_due(slot, delivery, now, self.grace, self.stale_after):
                due.append((sub, slot))
            elif _is_settled(slot, delivery, now, self.grace):
                plan.settle(key)
            elif delivery is not None and delivery.status == "failed":
                wake = min(wake, max(now, dt.datetime.fromisoformat(delivery.next_attempt_at)))
        due.sort(key=lambda pair: (pair[1].fires_at, pair[0].platform, pair[0].channel))
        return _Scan(due, wake)

    async def run_due(self, now: dt.datetime | None = None) -> list[Outcome]:
        """Post every digest due at ``now`` (default: the clock); one Outcome per channel tried."""
        now = now or self.clock()
        outcomes = []
        for subscription, slot in self.due(now):
            reply = self._digest(slot.local_date, subscription.when_empty)
            outcome = await self._deliver(subscription, slot, reply, now)
            if outcome.status in ("sent", "skipped", "disabled") and self._plan is not None:
                self._plan.settle((subscription.platform, subscription.channel))
            outcomes.append(outcome)
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

    async def _deliver(self, sub: Subscription, slot: Slot, reply: Reply | None, now: dt.datetime) -> Outcome:
        platform, channel, day = sub.platform, sub.channel, slot.local_date
        claim = self.store.claim if reply is not None else self.store.skip  # nothing to send: record it at once
        if not claim(platform, channel, day, now, stale_after=self.stale_after):
            return Outcome(platform, channel, day, "lost_claim", "another process has it")
        if reply is None:
            return Outcome(platform, channel, day, "skipped", "nothing on this date")
        try:
            await self.senders[platform].send(channel, reply)
        except ChannelGone as error:
            reason = f"channel gone: {error}"
            self.store.release(platform, channel, day, reason, retry_at=None)
            self.store.disable(platform, channel, reason)
            log.warning("digest for %s channel %s disabled: %s", platform, channel, error)
            return Outcome(platform, channel, day, "disabled", reason)
        except Exception as error:  # any other failure passes: retry later today
            attempts = self._attempts(platform, channel, day)
            retry_at = now + retry_delay(attempts)
            final = retry_at >= slot.day_ends_at
            detail = f"{type(error).__name__}: {error}"
            self.store.release(platform, channel, day, detail, retry_at=None if final else retry_at)
            log.warning(
                "digest for %s channel %s failed (attempt %d): %s; %s",
                platform, channel, attempts, detail,
                "giving up for today" if final else f"retrying at {stamp(retry_at)}",
            )
            return Outcome(platform, channel, day, "failed", detail)
        await self._record_sent(platform, channel, day)
        log.info("digest for %s posted to %s channel %s", day.isoformat(), platform, channel)
        return Outcome(platform, channel, day, "sent")

    async def _record_sent(self, platform: str, channel: str, day: dt.date) -> None:
        """``mark_sent``, tried again while the store is busy: a posted digest left "claimed"
        would be taken over as stale after ``stale_after`` and posted a second time."""
        for delay in (*MARK_SENT_RETRY_DELAYS, None):
            try:
                self.store.mark_sent(platform, channel, day, self.clock())
                return
            except StoreError as error:
                if delay is None:
                    log.error("digest for %s posted to %s channel %s but not recorded as sent (%s); "
                              "it may be posted again after %s", day.isoformat(), platform, channel, error, self.stale_after)
                    return
                await asyncio.sleep(delay)

    def _attempts(self, platform: str, channel: str, day: dt.date) -> int:
        delivery = self.store.delivery(platform, channel, day)
        return delivery.attempts if delivery else 1

    async def run_forever(self) -> None:
        """Post what is due, sleep until the next due time (capped), repeat until ``stop()``."""
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

    def stop(self) -> None:
        self._stopping = True
