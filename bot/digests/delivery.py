"""One channel's digest for one day, posted exactly once: claim, look, send, record.

The claim is a fenced lease (``bot.store``): stamped by the clock when it is
taken, renewed while the holder is still sending or waiting out a
``Retry-After``, and checked right before the send, so a holder that lost it
never posts. A takeover, or a retry after a send whose outcome is unknown,
first asks the sender whether the digest is already in the channel.

Must not: know a platform (senders do), or sleep with ``time.sleep`` (the
clock and ``sleep`` are injected so tests drive time).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Literal, Protocol

from ..errors import ChannelGone, OutcomeUnknown, RateLimited, StoreError
from ..reply import Reply
from ..store import Claim, SqlStore, stamp
from .schedule import Slot, retry_delay

log = logging.getLogger(__name__)

MARK_SENT_RETRY_DELAYS = (0.25, 0.5, 1.0, 2.0, 4.0)  # seconds, after each busy store
TRIES_PER_PASS = 3  # sends of one digest in one pass: the first, then after a 429 or an unknown outcome
LONGEST_WAIT = 60.0  # seconds of Retry-After waited out holding the lease; longer gives the claim back
OutcomeStatus = Literal["sent", "skipped", "failed", "disabled", "lost_claim"]


@dataclass(frozen=True)
class DigestTag:
    """What identifies a digest in its channel: the subscription, the channel's local date and when that day began."""

    subscription: int | None
    local_date: dt.date
    day_starts_at: dt.datetime  # UTC
    nonce: str  # one per (platform, channel, local date), at most 25 characters (Discord's limit)


class Sender(Protocol):
    """A platform's part of a digest: post it, and say whether it is already in the channel.

    ``send`` raises ``ChannelGone`` (never again), ``RateLimited`` (nothing
    posted, try later), ``OutcomeUnknown`` (may have been posted) or any other
    error (not posted). ``find_posted`` answers True, False, or None when it
    cannot tell (a missing scope); a sender without it is taken as "cannot tell".
    """

    async def send(self, channel_id: str, reply: Reply, tag: DigestTag) -> None: ...


@dataclass(frozen=True)
class Outcome:
    """What happened to one channel's digest in one pass."""

    platform: str
    channel: str
    local_date: dt.date
    status: OutcomeStatus
    detail: str = ""


class Courier:
    """Delivers one digest under a lease; shared by every channel of a scheduler."""

    def __init__(self, store: SqlStore, clock: Callable[[], dt.datetime], sleep: Callable[[float], Awaitable[None]],
                 *, lease: dt.timedelta, stopping: Callable[[], bool] = lambda: False):
        self.store = store
        self.clock = clock
        self.sleep = sleep
        self.lease = lease
        self.stopping = stopping

    async def deliver(self, sender: Sender, platform: str, channel: str, slot: Slot, reply: Reply | None, tag: DigestTag) -> Outcome:
        day = slot.local_date
        if reply is None:  # nothing to send: record it at once
            won = self.store.skip(platform, channel, day, self.clock(), lease=self.lease)
            return Outcome(platform, channel, day, "skipped" if won else "lost_claim", "nothing on this date")
        claim = self.store.claim(platform, channel, day, self.clock(), lease=self.lease)
        if claim is None:
            return Outcome(platform, channel, day, "lost_claim", "another process has it")
        async with self._renewing(claim) as lost:
            try:
                return await self._attempts(sender, claim, slot, reply, tag, lost)
            except asyncio.CancelledError:  # stopped mid-send: whoever tries next looks first
                self._release(claim, "stopped while sending", self.clock(), uncertain=True)
                raise

    async def _attempts(self, sender: Sender, claim: Claim, slot: Slot, reply: Reply, tag: DigestTag, lost: asyncio.Event) -> Outcome:
        platform, channel, day = claim.platform, claim.channel, claim.local_date
        look_first = claim.check_destination
        for attempt in range(1, TRIES_PER_PASS + 1):
            if look_first and await self._already_posted(sender, channel, reply, tag):
                return await self._record_sent(claim, "found in the channel: an earlier attempt had posted it")
            if lost.is_set() or not self._renew(claim):
                log.warning("digest for %s channel %s not posted: this process lost its claim (lease of %s ran out)",
                            platform, channel, self.lease)
                return Outcome(platform, channel, day, "lost_claim", "lease lost")
            try:
                await sender.send(channel, reply, tag)
            except ChannelGone as error:
                reason = f"channel gone: {error.reason}"
                self._release(claim, reason, None)
                self.store.disable(platform, channel, reason)
                log.warning("digest for %s channel %s disabled: %s", platform, channel, error)
                return Outcome(platform, channel, day, "disabled", reason)
            except RateLimited as error:
                look_first = False  # a 429 posted nothing
                if attempt < TRIES_PER_PASS and error.retry_after <= LONGEST_WAIT and not self.stopping():
                    await self.sleep(error.retry_after)  # the lease is renewed meanwhile
                    continue
                retry_at = self.clock() + dt.timedelta(seconds=max(error.retry_after, 1))
                return self._failed(claim, slot, error, retry_at, uncertain=False)
            except OutcomeUnknown as error:
                look_first = True
                if attempt < TRIES_PER_PASS and not self.stopping():
                    log.warning("digest for %s channel %s: %s; looking in the channel before trying again", platform, channel, error)
                    await self.sleep(float(attempt))
                    continue
                return self._failed(claim, slot, error, None, uncertain=True)
            except Exception as error:  # refused (invalid_auth, a 4xx…): nothing was posted, retry later today
                return self._failed(claim, slot, error, None, uncertain=False)
            return await self._record_sent(claim, "")
        raise AssertionError("unreachable")  # pragma: no cover

    async def _already_posted(self, sender: Sender, channel: str, reply: Reply, tag: DigestTag) -> bool:
        find = getattr(sender, "find_posted", None)
        if find is None:
            return False
        try:
            return bool(await find(channel, reply, tag))
        except Exception as error:  # cannot look: post as before rather than never
            log.warning("could not look for an earlier digest in channel %s: %s", channel, error)
            return False

    def _renew(self, claim: Claim) -> bool:
        try:
            return self.store.renew(claim, self.clock(), lease=self.lease)
        except StoreError as error:
            log.warning("digest for channel %s: could not renew the claim (%s); not posting now", claim.channel, error)
            return False

    @asynccontextmanager
    async def _renewing(self, claim: Claim):
        """Renew the lease every third of it while the body runs; the event is set once it is lost."""
        lost = asyncio.Event()

        async def keep():
            while True:
                await asyncio.sleep(self.lease.total_seconds() / 3)
                try:
                    renewed = await asyncio.to_thread(self.store.renew, claim, self.clock(), lease=self.lease)
                except StoreError as error:
                    log.warning("renewing the claim on channel %s failed: %s", claim.channel, error)
                    continue
                if not renewed:
                    lost.set()
                    return

        task = asyncio.create_task(keep())
        try:
            yield lost
        finally:
            task.cancel()

    def _failed(self, claim: Claim, slot: Slot, error: Exception, retry_at: dt.datetime | None, *, uncertain: bool) -> Outcome:
        now = self.clock()
        retry_at = retry_at or now + retry_delay(claim.attempts)
        final = retry_at >= slot.day_ends_at
        detail = f"{type(error).__name__}: {error}"
        self._release(claim, detail, None if final else retry_at, uncertain=uncertain)
        log.warning(
            "digest for %s channel %s failed (attempt %d): %s; %s", claim.platform, claim.channel, claim.attempts, detail,
            "giving up for today" if final else f"retrying at {stamp(retry_at)}",
        )
        return Outcome(claim.platform, claim.channel, claim.local_date, "failed", detail)

    def _release(self, claim: Claim, why: str, retry_at: dt.datetime | None, *, uncertain: bool = False) -> None:
        try:
            if not self.store.release(claim, why, retry_at=retry_at, uncertain=uncertain):
                log.warning("digest for channel %s: the claim had already passed to another process", claim.channel)
        except StoreError as error:  # the lease runs out and the next holder looks first
            log.error("digest for channel %s: could not give the claim back (%s)", claim.channel, error)

    async def _record_sent(self, claim: Claim, detail: str) -> Outcome:
        """``mark_sent``, tried again while the store is busy: a posted digest left "claimed"
        is taken over when its lease runs out, and the next holder has to look in the channel."""
        platform, channel, day = claim.platform, claim.channel, claim.local_date
        for delay in (*MARK_SENT_RETRY_DELAYS, None):
            try:
                if not self.store.mark_sent(claim, self.clock()):
                    log.warning("digest for %s posted to %s channel %s, but its claim had passed to another process, "
                                "which will find it in the channel", day.isoformat(), platform, channel)
                else:
                    log.info("digest for %s posted to %s channel %s%s", day.isoformat(), platform, channel, f" ({detail})" if detail else "")
                return Outcome(platform, channel, day, "sent", detail)
            except StoreError as error:
                if delay is None:
                    log.error("digest for %s posted to %s channel %s but not recorded as sent (%s); "
                              "the next holder will look for it in the channel", day.isoformat(), platform, channel, error)
                    return Outcome(platform, channel, day, "sent", "not recorded")
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover
