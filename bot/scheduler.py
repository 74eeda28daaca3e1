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
from functools import lru_cache
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from .digest import digest_for
from .errors import ChannelGone
from .model import Knowledge
from .reply import Reply
from .schedule import DEFAULT_GRACE, Slot, next_slot, parse_hhmm, retry_delay, today_slot
from .store import DEFAULT_STALE_AFTER, Delivery, Store, Subscription, stamp

log = logging.getLogger(__name__)

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


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _slot_today(subscription: Subscription, now: dt.datetime) -> Slot:
    return today_slot(now, parse_hhmm(subscription.local_time), _zone(subscription.timezone))


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
        self._stopping = False

    def due(self, now: dt.datetime) -> list[tuple[Subscription, Slot]]:
        """Subscriptions with a sender here whose digest for their local today should go out now."""
        subscriptions = [s for s in self.store.subscriptions() if s.platform in self.senders]
        slots = [(s, _slot_today(s, now)) for s in subscriptions]
        deliveries = self.store.deliveries_on({slot.local_date for _, slot in slots})
        return [
            (sub, slot)
            for sub, slot in slots
            if _is_due(slot, deliveries.get((sub.platform, sub.channel, slot.local_date.isoformat())), now, self.grace, self.stale_after)
        ]

    async def run_due(self, now: dt.datetime | None = None) -> list[Outcome]:
        """Post every digest due at ``now`` (default: the clock); one Outcome per channel tried."""
        now = now or self.clock()
        knowledge = self.knowledge_provider()
        built: dict[tuple[dt.date, str], Reply | None] = {}
        outcomes = []
        for subscription, slot in self.due(now):
            key = (slot.local_date, subscription.when_empty)
            if key not in built:
                built[key] = digest_for(knowledge, slot.local_date, when_empty=subscription.when_empty)
            outcomes.append(await self._deliver(subscription, slot, built[key], now))
        return outcomes

    async def _deliver(self, sub: Subscription, slot: Slot, reply: Reply | None, now: dt.datetime) -> Outcome:
        platform, channel, day = sub.platform, sub.channel, slot.local_date
        if not self.store.claim(platform, channel, day, now, stale_after=self.stale_after):
            return Outcome(platform, channel, day, "lost_claim", "another process has it")
        if reply is None:
            self.store.mark_sent(platform, channel, day, now, skipped=True)
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
        self.store.mark_sent(platform, channel, day, self.clock())
        log.info("digest for %s posted to %s channel %s", day.isoformat(), platform, channel)
        return Outcome(platform, channel, day, "sent")

    def _attempts(self, platform: str, channel: str, day: dt.date) -> int:
        delivery = self.store.delivery(platform, channel, day)
        return delivery.attempts if delivery else 1

    def next_wakeup(self, now: dt.datetime) -> dt.datetime:
        """When something may next be due: the next firing or retry, at most ``max_sleep`` away."""
        latest = now + dt.timedelta(seconds=self.max_sleep)
        candidates = [latest]
        subscriptions = [s for s in self.store.subscriptions() if s.platform in self.senders]
        for sub in subscriptions:
            candidates.append(next_slot(now, parse_hhmm(sub.local_time), _zone(sub.timezone)).fires_at)
        slots = {(s.platform, s.channel): _slot_today(s, now) for s in subscriptions}
        for (platform, channel, _), delivery in self.store.deliveries_on({s.local_date for s in slots.values()}).items():
            if delivery.status == "failed" and (platform, channel) in slots and delivery.next_attempt_at:
                candidates.append(max(dt.datetime.fromisoformat(delivery.next_attempt_at), now))
        return min(candidates)

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
