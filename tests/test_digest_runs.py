"""Digests claimed and recorded a run at a time: what a crash, a stop or a cancel in the middle of a run leaves
behind, and how it is recovered without posting twice or losing a digest. Real SQLite, processes as schedulers
with their own connections, an injected clock and sends the test holds (no sleeps, no luck)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import Counter

import pytest

from bot.digests.delivery import CLAIM_AHEAD, MOST_AT_ONCE
from bot.digests.scheduler import ABANDONED, DigestScheduler
from bot.errors import RateLimited
from bot.knowledge.model import Knowledge, Quote
from bot.store import Store, Subscription
from tests.test_digest_takeover import Clock

UTC = dt.timezone.utc
NINE = dt.datetime(2026, 11, 9, 8, 0, tzinfo=UTC)  # 09:00 in Brussels
DAY = dt.date(2026, 11, 9)
LEASE = dt.timedelta(seconds=120)
KNOWLEDGE = Knowledge("k", quotes={"q": Quote("q", "someone", "Words.", "src")})  # no events: every day is empty
CHANNELS = ("C1", "C2", "C3", "C4")


class Channels:
    """The platform, shared by every process: what each channel holds, and sends the test can hold or slow down."""

    def __init__(self, clock: Clock):
        self.clock = clock
        self.posts: Counter = Counter()
        self.looked: list[str] = []
        self.hang: set[str] = set()  # a send to these never returns, and posts nothing
        self.sending = asyncio.Event()  # set when a send to a hung channel has started
        self.takes = dt.timedelta(0)  # how long each send takes by the clock
        self.before_send = lambda channel: None

    async def find_posted(self, channel_id, reply, tag) -> bool:
        self.looked.append(channel_id)
        return self.posts[channel_id] > 0

    async def send(self, channel_id, reply, tag) -> None:
        self.before_send(channel_id)
        if channel_id in self.hang:
            self.sending.set()
            await asyncio.Event().wait()
        self.clock.now += self.takes
        self.posts[channel_id] += 1


@pytest.fixture
def path(tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    for channel in CHANNELS:
        store.subscribe(Subscription("slack", "T1", channel, "09:00", "Europe/Brussels"))
    store.close()
    return tmp_path / "cyberbot.db"


def process(path, clock: Clock, channels: Channels, *, full_pace: bool = True) -> DigestScheduler:
    """A scheduler with its own connection, as another process has; ``full_pace``: its runs already at their largest."""
    scheduler = DigestScheduler(Store.open(path), lambda: KNOWLEDGE, {"slack": channels}, clock, clock.sleep, lease=LEASE)
    if full_pace:
        scheduler.courier.ahead = MOST_AT_ONCE
    return scheduler


def statuses(scheduler: DigestScheduler) -> dict[str, str]:
    return {c: scheduler.store.delivery("slack", c, DAY).status for c in CHANNELS}


async def test_a_process_dead_mid_run_leaves_its_claims_to_a_takeover_that_looks_first_and_posts_each_once(path, caplog):
    clock = Clock(NINE)
    channels = Channels(clock)
    channels.hang = {"C3"}  # C1 and C2 are posted, not yet recorded; the process dies sending C3; C4 is claimed, untried
    dead = process(path, clock, channels)
    stalled = asyncio.create_task(dead.run_due())
    await channels.sending.wait()
    assert statuses(dead) == dict.fromkeys(CHANNELS, "claimed")
    survivor = process(path, clock, channels)
    clock.now += LEASE - dt.timedelta(seconds=1)
    assert await survivor.run_due() == []  # the dead process's leases still hold
    assert survivor.next_wakeup(clock()) == NINE + LEASE
    clock.now += dt.timedelta(seconds=1)
    channels.hang = set()
    outcomes = {o.channel: (o.status, o.detail) for o in await survivor.run_due()}
    found = ("sent", "found in the channel: an earlier attempt had posted it")
    assert outcomes == {"C1": found, "C2": found, "C3": ("sent", ""), "C4": ("sent", "")}
    assert sorted(channels.looked) == list(CHANNELS)  # every claim it took over was looked for first
    assert channels.posts == dict.fromkeys(CHANNELS, 1)
    stalled.cancel()  # the dead process's own clean-up finds every claim passed on, and changes nothing
    with pytest.raises(asyncio.CancelledError):
        await stalled
    assert statuses(survivor) == dict.fromkeys(CHANNELS, "sent")
    assert channels.posts == dict.fromkeys(CHANNELS, 1)


async def test_a_stop_mid_run_gives_back_the_claims_not_tried_which_are_posted_at_once_without_a_look(path):
    clock = Clock(NINE)
    channels = Channels(clock)
    first = process(path, clock, channels)
    channels.before_send = lambda channel: first.stop()  # SIGTERM while the first digest is being sent
    outcomes = [(o.channel, o.status, o.detail) for o in await first.run_due()]
    assert outcomes == [("C1", "sent", ""), ("C2", "failed", "stopped before sending"),
                        ("C3", "failed", "stopped before sending"), ("C4", "failed", "stopped before sending")]
    given_back = first.store.delivery("slack", "C2", DAY)
    assert (given_back.status, given_back.next_attempt_at, given_back.uncertain) == ("failed", "2026-11-09T08:00:00+00:00", False)
    channels.before_send = lambda channel: None
    assert [o.status for o in await process(path, clock, channels).run_due()] == ["sent"] * 3
    assert channels.looked == []
    assert channels.posts == dict.fromkeys(CHANNELS, 1)


async def test_a_cancel_mid_send_records_what_was_posted_and_marks_only_the_send_in_flight_for_a_look(path):
    clock = Clock(NINE)
    channels = Channels(clock)
    channels.hang = {"C2"}
    first = process(path, clock, channels)
    outcomes: list = []
    task = asyncio.create_task(first.run_due(into=outcomes))
    await channels.sending.wait()
    task.cancel()  # the service's stop, once an in-flight send has had its time
    with pytest.raises(asyncio.CancelledError):
        await task
    assert [(o.channel, o.status) for o in outcomes] == [("C1", "sent"), ("C2", "failed"), ("C3", "failed"), ("C4", "failed")]
    rows = {c: first.store.delivery("slack", c, DAY) for c in CHANNELS}
    assert [(rows[c].status, rows[c].uncertain) for c in CHANNELS] == [
        ("sent", False), ("failed", True), ("failed", False), ("failed", False)]
    channels.hang = set()
    assert [o.status for o in await process(path, clock, channels).run_due()] == ["sent"] * 3
    assert channels.looked == ["C2"]
    assert channels.posts == dict.fromkeys(CHANNELS, 1)


async def test_runs_grow_while_sends_are_quick_and_hold_one_claim_when_they_are_slow(tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    for n in range(40):
        store.subscribe(Subscription("slack", "T1", f"C{n:02d}", "09:00", "Europe/Brussels"))
    clock = Clock(NINE)
    channels = Channels(clock)
    held = []
    channels.before_send = lambda channel: held.append(store._read("SELECT count(*) FROM deliveries WHERE status = 'claimed'")[0][0])
    scheduler = DigestScheduler(store, lambda: KNOWLEDGE, {"slack": channels}, clock, clock.sleep, lease=LEASE)
    await scheduler.run_due()
    assert max(held) == 16  # runs of 1, 2, 4, 8, 16, then the 9 left
    assert scheduler.courier.ahead == 32
    held.clear()
    channels.takes = CLAIM_AHEAD * 3  # a slow platform: each send takes three seconds
    await scheduler.run_due(NINE + dt.timedelta(days=1))
    assert held == [32] + [1] * 39  # the first slow run gives back what it has not started, then one claim at a time
    assert channels.posts == {f"C{n:02d}": 2 for n in range(40)}
    tomorrow = DAY + dt.timedelta(days=1)
    assert {store.delivery("slack", f"C{n:02d}", tomorrow).attempts for n in range(40)} == {1}  # giving back is no try
    store.close()


async def test_posts_are_recorded_before_a_wait_and_once_the_oldest_is_a_second_old(path):
    clock = Clock(NINE)
    channels = Channels(clock)
    scheduler = process(path, clock, channels)
    seen = {}
    rate_limited = {"C3"}

    def before_send(channel):
        seen[channel] = statuses(scheduler)
        if channel in rate_limited:
            rate_limited.discard(channel)
            raise RateLimited("slow down", 30)

    channels.before_send = before_send
    channels.takes = CLAIM_AHEAD * 0.6
    sleeping = scheduler.courier.sleep

    async def sleep(seconds):
        seen["during the wait"] = statuses(scheduler)
        await sleeping(seconds)

    scheduler.courier.sleep = sleep
    assert [o.status for o in await scheduler.run_due()] == ["sent"] * 4
    assert seen["C2"] == dict.fromkeys(CHANNELS, "claimed")  # C1 posted 0.6 s before: not recorded yet
    assert seen["C3"]["C1"] == seen["C3"]["C2"] == "sent"  # C1 posted 1.2 s before: C1 and C2 recorded
    assert seen["during the wait"] == {"C1": "sent", "C2": "sent", "C3": "claimed", "C4": "claimed"}
    assert statuses(scheduler) == dict.fromkeys(CHANNELS, "sent")


async def test_an_empty_day_of_a_quiet_channel_leaves_no_record_and_is_skipped_again_after_a_restart(tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    store.subscribe(Subscription("slack", "T1", "C1", "09:00", "Europe/Brussels", "nothing"))
    clock = Clock(NINE)
    channels = Channels(clock)
    for minutes in (0, 30):  # a process, then another one half an hour later, inside the catch-up window
        clock.now = NINE + dt.timedelta(minutes=minutes)
        scheduler = DigestScheduler(store, lambda: KNOWLEDGE, {"slack": channels}, clock, clock.sleep, lease=LEASE)
        assert [(o.status, o.detail) for o in await scheduler.run_due()] == [("skipped", "nothing on this date")]
    assert store.delivery("slack", "C1", DAY) is None
    assert channels.posts == {}
    store.close()


async def test_claims_left_by_a_dead_process_on_a_day_that_has_ended_are_closed_as_unknown_with_a_log_line(path, caplog):
    late = dt.datetime(2026, 11, 9, 22, 59, tzinfo=UTC)  # 23:59 in Brussels
    store = Store.open(path)
    store.claim_many([("slack", c, DAY) for c in ("C1", "C2")], late, lease=LEASE)  # claimed, then the process died
    clock = Clock(late + dt.timedelta(seconds=30))
    channels = Channels(clock)
    scheduler = DigestScheduler(store, lambda: KNOWLEDGE, {"slack": channels}, clock, clock.sleep, lease=LEASE)
    assert await scheduler.run_due() == []  # before midnight the leases still hold; after it, nobody may post that day
    clock.now = late + LEASE
    with caplog.at_level(logging.WARNING):
        assert await scheduler.run_due() == []
    closed = {c: store.delivery("slack", c, DAY) for c in ("C1", "C2")}
    assert {(d.status, d.uncertain, d.next_attempt_at) for d in closed.values()} == {("failed", True, None)}
    assert {d.last_error for d in closed.values()} == {ABANDONED}
    assert caplog.text.count("may not have been posted") == 2
    assert channels.posts == {} and channels.looked == []
    store.close()


async def test_a_claim_slower_than_the_pace_still_sends_a_digest_each_run_and_the_pass_ends(path):
    clock = Clock(NINE)
    channels = Channels(clock)
    scheduler = process(path, clock, channels)
    claim_many = scheduler.store.claim_many

    def slow_claim_many(*args, **kwargs):  # a busy store: each claim takes three seconds by the clock
        clock.now += CLAIM_AHEAD * 3
        return claim_many(*args, **kwargs)

    scheduler.store.claim_many = slow_claim_many
    outcomes = await asyncio.wait_for(scheduler.run_due(), 10)
    assert [o.status for o in outcomes] == ["sent"] * 4
    assert channels.posts == dict.fromkeys(CHANNELS, 1)
