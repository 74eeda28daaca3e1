"""Each channel's digest for one day, posted exactly once: claim, look, send, record, a run of channels at a time.

The claim is a fenced lease (``bot.store``): stamped by the clock when it is
taken, renewed while the holder is still sending or waiting out a
``Retry-After``, and checked right before the send, so a holder that lost it
never posts. A takeover, or a retry after a send whose outcome is unknown,
first asks the sender whether the digest is already in the channel.

A pass's due digests go out in runs (``Courier.deliver_all``): one statement
claims a run's digests, one background task renews the run's leases, each
digest is sent in turn, and the posted ones are recorded together. An empty
day (a ``quiet`` channel on a date with nothing to tell) is skipped without a
record: nothing is posted, so there is nothing to do only once, and whichever
process looks at that day again finds it empty again. A run holds what this
process expects to send within ``CLAIM_AHEAD`` by the clock (measured on the
runs before; at most ``MOST_AT_ONCE``, starting at one), and gives back what
it has not started once it takes twice that; posts are recorded at the run's
end, before any wait, and whenever the oldest unrecorded one is ``CLAIM_AHEAD``
old.

What a process that dies mid-run leaves: its run's rows "claimed" under a lease
nobody renews (sent but not yet recorded, in flight, or not yet tried). Once
the lease runs out any process takes each over as uncertain: it looks in the
channel for the digest's tag, records one it finds, and posts one it does not,
until the channel's local day ends. A claim still left when that day has ended
is closed by the scheduler as failed, outcome unknown, with a log line
(``DigestScheduler._close_abandoned``). A process that stops cleanly gives back
the claims it never tried (due again at once, without a look).

Must not: know a platform (senders do), or sleep with ``time.sleep`` (the
clock and ``sleep`` are injected so tests drive time).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from ..errors import ChannelGone, OutcomeUnknown, RateLimited, StoreError
from ..reply import Reply
from ..store import Claim, SqlStore
from .outcomes import DigestTag, Outcome, Parcel, Sender
from .runs import NOTHING_TO_POST, Run, run_of
from .schedule import Slot, retry_delay

log = logging.getLogger(__name__)

MARK_SENT_RETRY_DELAYS = (0.25, 0.5, 1.0, 2.0, 4.0)  # seconds, after each busy store
TRIES_PER_PASS = 3  # sends of one digest in one pass: the first, then after a 429 or an unknown outcome
LONGEST_WAIT = 60.0  # seconds of Retry-After waited out holding the lease; longer gives the claim back
CLAIM_AHEAD = dt.timedelta(seconds=1)  # sending claimed ahead in one run, and the longest a post stays unrecorded
MOST_AT_ONCE = 256  # claims in one run: what a crash can leave to be looked for in the channels

__all__ = ["Courier", "DigestTag", "Outcome", "Parcel", "Sender"]


class Courier:
    """Delivers digests under leases; shared by every channel of a scheduler."""

    def __init__(self, store: SqlStore, clock: Callable[[], dt.datetime], sleep: Callable[[float], Awaitable[None]],
                 *, lease: dt.timedelta, stopping: Callable[[], bool] = lambda: False):
        self.store = store
        self.clock = clock
        self.sleep = sleep
        self.lease = lease
        self.stopping = stopping
        self.ahead = 1  # sends claimed in the next run

    async def deliver_all(self, parcels: list[Parcel], emit: Callable[[Outcome], None]) -> None:
        """Deliver ``parcels`` in runs, in their order; ``emit`` each run's outcomes once they are recorded."""
        start = 0
        while start < len(parcels) and not self.stopping():
            end = run_of(parcels, start, self.ahead)
            began = self.clock()
            done = max(1, await self._run(parcels[start:end], emit))  # a run always tries its first digest
            self._pace(sum(p.reply is not None for p in parcels[start : start + done]), self.clock() - began)
            start += done

    def _pace(self, sends: int, took: dt.timedelta) -> None:
        """Claim ahead what the last run's pace sends within ``CLAIM_AHEAD``: half as much at once when slower, twice when fast."""
        if took > CLAIM_AHEAD:
            self.ahead = max(1, min(self.ahead // 2, int(sends * (CLAIM_AHEAD / took))))
        elif took * 2 <= CLAIM_AHEAD and sends >= self.ahead:
            self.ahead = min(MOST_AT_ONCE, 2 * self.ahead)

    async def _run(self, parcels: list[Parcel], emit: Callable[[Outcome], None]) -> int:
        """Claim, send and record one run; how many of ``parcels`` it dealt with (a run that falls behind its pace
        gives back the claims it has not started, for the next run or another process)."""
        now = self.clock()
        to_send = [(p.platform, p.channel, p.slot.local_date) for p in parcels if p.reply is not None]
        try:
            claims = self.store.claim_many(to_send, now, lease=self.lease) if to_send else []
        except StoreError as error:
            log.warning("digests for %d channels not tried now: %s", len(to_send), error)
            for p in parcels:
                emit(Outcome(p.platform, p.channel, p.slot.local_date, "failed", f"store busy: {error}") if p.reply is not None
                     else Outcome(p.platform, p.channel, p.slot.local_date, "skipped", NOTHING_TO_POST))
            return len(parcels)
        run = Run(parcels, claims, now + self.lease / 3)
        keep = asyncio.create_task(self._keep_renewed(run)) if claims else None
        behind = self.clock() + 2 * CLAIM_AHEAD
        try:
            for parcel, claim in run.to_send():
                if self.stopping():
                    break
                try:
                    run.finish(claim, await self._attempts(parcel, claim, run))
                except StoreError as error:  # a busy store fails this channel, not the run
                    log.warning("digest for %s channel %s not tried now: %s", claim.platform, claim.channel, error)
                    run.finish(claim, Outcome(claim.platform, claim.channel, claim.local_date, "failed", f"store busy: {error}"))
                if run.unrecorded and self.clock() - run.oldest_unrecorded >= CLAIM_AHEAD:
                    await self._record(run)
                if self.clock() > behind:  # slower than its pace: the rest goes to the next run, or another process
                    break
            self._give_back(run, stopping=self.stopping())
            await self._record(run)
        except BaseException:  # cancelled mid-send (a stop), or a bug: leave as little as possible to the leases
            self._stopped_mid_send(run)
            raise
        finally:
            if keep is not None:
                keep.cancel()
            for outcome in run.finished():
                emit(outcome)
        return run.dealt_with()

    def _stopped_mid_send(self, run: Run) -> None:
        """The send in flight is given back as uncertain, the untried ones as not tried, the posted ones recorded."""
        claim = run.in_flight
        if claim is not None:
            self._release(claim, "stopped while sending", self.clock(), uncertain=True)
            run.finish(claim, Outcome(claim.platform, claim.channel, claim.local_date, "failed", "stopped while sending"))
        self._give_back(run, stopping=True)
        self._record_now(run)

    async def _attempts(self, parcel: Parcel, claim: Claim, run: Run) -> Outcome:
        platform, channel, day = claim.platform, claim.channel, claim.local_date
        sender, reply, tag = parcel.sender, parcel.reply, parcel.tag
        look_first = claim.check_destination
        run.in_flight = claim
        for attempt in range(1, TRIES_PER_PASS + 1):
            if attempt > 1:
                if self.stopping():  # stopped while waiting to try again: give the claim back for the next holder
                    self._release(claim, "stopped before trying again", self.clock(), uncertain=look_first)
                    return Outcome(platform, channel, day, "failed", "stopped before trying again")
                run.fresh_until = self.clock()  # after a wait: renew (and so check) before sending again
            if look_first and await self._already_posted(sender, channel, reply, tag):
                return run.posted(claim, self.clock(), "found in the channel: an earlier attempt had posted it")
            if not self._still_held(claim, run):
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
                    await self._record(run)  # what this run posted is recorded before the wait
                    await self.sleep(error.retry_after)  # the lease is renewed meanwhile
                    continue
                retry_at = self.clock() + dt.timedelta(seconds=max(error.retry_after, 1))
                return self._failed(claim, parcel.slot, error, retry_at, uncertain=False)
            except OutcomeUnknown as error:
                look_first = True
                if attempt < TRIES_PER_PASS and not self.stopping():
                    log.warning("digest for %s channel %s: %s; looking in the channel before trying again", platform, channel, error)
                    await self._record(run)
                    await self.sleep(float(attempt))
                    continue
                return self._failed(claim, parcel.slot, error, None, uncertain=True)
            except Exception as error:  # refused (invalid_auth, a 4xx…): nothing was posted, retry later today
                return self._failed(claim, parcel.slot, error, None, uncertain=False)
            return run.posted(claim, self.clock(), "")
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

    def _still_held(self, claim: Claim, run: Run) -> bool:
        """False once the lease is known lost; a lease not renewed for a third of its length is renewed (and so checked) first."""
        if claim.id in run.lost:
            return False
        if self.clock() < run.fresh_until:
            return True
        self._renew(run)
        return claim.id not in run.lost and self.clock() < run.fresh_until

    def _renew(self, run: Run) -> None:
        now = self.clock()
        try:
            run.renewed(self.store.renew_many(run.held(), now, lease=self.lease), now + self.lease / 3)
        except StoreError as error:
            log.warning("digests: could not renew %d claims (%s); not posting them now", len(run.held()), error)

    async def _keep_renewed(self, run: Run) -> None:
        """Renew the run's leases every third of the lease while it is sent; a claim renewed no more is lost."""
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            held, now = run.held(), self.clock()
            if not held:
                continue
            try:
                kept = await asyncio.to_thread(self.store.renew_many, held, now, lease=self.lease)
            except StoreError as error:
                log.warning("renewing %d digest claims failed: %s", len(held), error)
                continue
            run.renewed(kept, now + self.lease / 3)

    def _failed(self, claim: Claim, slot: Slot, error: Exception, retry_at: dt.datetime | None, *, uncertain: bool) -> Outcome:
        now = self.clock()
        retry_at = retry_at or now + retry_delay(claim.attempts)
        final = retry_at >= slot.day_ends_at
        detail = f"{type(error).__name__}: {error}"
        self._release(claim, detail, None if final else retry_at, uncertain=uncertain)
        log.warning(
            "digest for %s channel %s failed (attempt %d): %s; %s", claim.platform, claim.channel, claim.attempts, detail,
            "giving up for today" if final else f"retrying at {retry_at.astimezone(dt.timezone.utc).isoformat(timespec='seconds')}",
        )
        return Outcome(claim.platform, claim.channel, claim.local_date, "failed", detail)

    def _release(self, claim: Claim | None, why: str, retry_at: dt.datetime | None, *, uncertain: bool = False) -> None:
        if claim is None:
            return
        try:
            if not self.store.release(claim, why, retry_at=retry_at, uncertain=uncertain):
                log.warning("digest for channel %s: the claim had already passed to another process", claim.channel)
        except StoreError as error:  # the lease runs out and the next holder looks first
            log.error("digest for channel %s: could not give the claim back (%s)", claim.channel, error)

    def _give_back(self, run: Run, *, stopping: bool) -> None:
        """Claims never tried, given back uncounted and due again at once, without a look: when stopping (each
        then fails this pass), or when the run fell behind its pace (the next run takes them up)."""
        untried = run.untried()
        if not untried:
            return
        why = "given back untried: the process was stopping" if stopping else "given back untried: the run fell behind"
        try:
            self.store.release_many(untried, why, retry_at=self.clock())
        except StoreError as error:  # their leases run out instead, and the next holders look first
            log.error("digests: could not give back %d untried claims (%s)", len(untried), error)
        if stopping:
            for claim in untried:
                run.finish(claim, Outcome(claim.platform, claim.channel, claim.local_date, "failed", "stopped before sending"))
        else:
            run.cut_before(untried[0])

    async def _record(self, run: Run) -> None:
        """``mark_sent_many`` for what the run posted, tried again while the store is busy: a posted digest left
        "claimed" is taken over when its lease runs out, and the next holder has to look in the channel."""
        for delay in (*MARK_SENT_RETRY_DELAYS, None):
            if self._record_now(run, last_try=delay is None):
                return
            await asyncio.sleep(delay)

    def _record_now(self, run: Run, *, last_try: bool = True) -> bool:
        """Record the run's posts now; False when the store is busy and it is not the last try."""
        posted = run.unrecorded
        if not posted:
            return True
        try:
            recorded = self.store.mark_sent_many([claim for claim, _ in posted], self.clock())
        except StoreError as error:
            if not last_try:
                return False
            for claim, _ in posted:
                log.error("digest for %s posted to %s channel %s but not recorded as sent (%s); "
                          "the next holder will look for it in the channel", claim.local_date.isoformat(), claim.platform, claim.channel, error)
            run.recorded({claim.id: "not recorded" for claim, _ in posted})
            return True
        said = log.isEnabledFor(logging.INFO)
        for claim, detail in posted:
            if claim.id in recorded:
                if said:
                    log.info("digest for %s posted to %s channel %s%s", claim.local_date, claim.platform, claim.channel,
                             f" ({detail})" if detail else "")
            else:
                log.warning("digest for %s posted to %s channel %s, but its claim had passed to another process, "
                            "which will find it in the channel", claim.local_date.isoformat(), claim.platform, claim.channel)
        run.recorded({claim.id: detail for claim, detail in posted})
        return True
