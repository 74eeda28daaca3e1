"""Exactly once under takeovers, lost leases, 429s and unknown outcomes: two schedulers on one store,
an injected clock, and sends the test lets through one step at a time (no sleeps, no luck)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from bot.digests.scheduler import DigestScheduler
from bot.errors import OutcomeUnknown, RateLimited
from bot.knowledge.model import Knowledge, Quote
from bot.store import Store, Subscription

UTC = dt.timezone.utc
NINE = dt.datetime(2026, 11, 9, 8, 0, tzinfo=UTC)  # 09:00 in Brussels
DAY = dt.date(2026, 11, 9)
LEASE = dt.timedelta(seconds=120)
KNOWLEDGE = Knowledge("k", quotes={"q": Quote("q", "someone", "Words.", "src")})


class Clock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


class Channel:
    """One fake channel shared by both processes: what was posted, and how each send behaves."""

    def __init__(self):
        self.messages: list[str] = []
        self.script: list[str] = []  # per send: "ok", "hold", "429", "429-long", "unknown-posted", "unknown-lost"
        self.held = asyncio.Event()
        self.release = asyncio.Event()

    async def find_posted(self, channel_id, reply, tag) -> bool:
        return bool(self.messages)

    async def send(self, channel_id, reply, tag) -> None:
        step = self.script.pop(0) if self.script else "ok"
        if step == "hold":  # the post lands, then the process stalls before hearing back
            self.messages.append(channel_id)
            self.held.set()
            await self.release.wait()
            return
        if step == "429":
            raise RateLimited("slow down", 30)
        if step == "429-long":
            raise RateLimited("slow down", 600)
        if step == "unknown-posted":
            self.messages.append(channel_id)
            raise OutcomeUnknown("read timeout")
        if step == "unknown-lost":
            raise OutcomeUnknown("connection reset")
        self.messages.append(channel_id)


@pytest.fixture
def path(tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    store.subscribe(Subscription("slack", "T1", "C1", "09:00", "Europe/Brussels"))
    store.close()
    return tmp_path / "cyberbot.db"


def process(path, clock: Clock, channel: Channel) -> DigestScheduler:
    """A scheduler with its own store connection, as another process would have."""
    return DigestScheduler(Store.open(path), lambda: KNOWLEDGE, {"slack": channel}, clock, clock.sleep, lease=LEASE)


async def test_a_holder_stalled_after_posting_is_taken_over_and_the_new_holder_finds_the_post(path, caplog):
    clock, channel = Clock(NINE), Channel()
    first, second = process(path, clock, channel), process(path, clock, channel)
    channel.script = ["hold"]
    stalled = asyncio.create_task(first.run_due())
    await channel.held.wait()
    clock.now += LEASE  # the first process's lease runs out while it stalls
    (taken,) = await second.run_due()
    assert (taken.status, taken.detail) == ("sent", "found in the channel: an earlier attempt had posted it")
    channel.release.set()
    (late,) = await stalled
    assert late.status == "sent"
    assert channel.messages == ["C1"]
    assert "its claim had passed to another process" in caplog.text
    assert first.store.delivery("slack", "C1", DAY).status == "sent"


async def test_a_process_that_died_before_posting_is_taken_over_after_its_lease_not_a_whole_stale_window(path):
    clock, channel = Clock(NINE), Channel()
    dead = process(path, clock, channel)
    assert dead.store.claim("slack", "C1", DAY, clock(), lease=LEASE)  # claimed, then killed
    survivor = process(path, clock, channel)
    clock.now += LEASE - dt.timedelta(seconds=1)
    assert await survivor.run_due() == []
    assert survivor.next_wakeup(clock()) == NINE + LEASE  # it wakes for the takeover
    clock.now += dt.timedelta(seconds=1)
    assert [o.status for o in await survivor.run_due()] == ["sent"]
    assert channel.messages == ["C1"]


async def test_a_holder_that_lost_its_lease_does_not_post_and_says_why(path, caplog):
    clock, channel = Clock(NINE), Channel()
    first, second = process(path, clock, channel), process(path, clock, channel)
    taken = []

    async def slow_look(channel_id, reply, tag):  # while the first looks, its lease runs out and the second claims
        clock.now += LEASE
        taken.append(second.store.claim("slack", "C1", DAY, clock(), lease=LEASE))
        return False

    first.store.claim("slack", "C1", DAY, clock(), lease=LEASE)  # a third process died holding it
    clock.now += LEASE
    channel.find_posted = slow_look
    (outcome,) = await first.run_due()
    assert taken and taken[0] is not None
    assert (outcome.status, outcome.detail) == ("lost_claim", "lease lost")
    assert "not posted: this process lost its claim" in caplog.text
    assert channel.messages == []  # the new holder posts, after its own look


async def test_a_short_429_is_waited_out_holding_the_claim_and_posted_once(path):
    clock, channel = Clock(NINE), Channel()
    channel.script = ["429"]
    (outcome,) = await process(path, clock, channel).run_due()
    assert outcome.status == "sent" and channel.messages == ["C1"]
    assert clock.now == NINE + dt.timedelta(seconds=30)


async def test_a_long_retry_after_gives_the_claim_back_until_then_and_nobody_posts_meanwhile(path):
    clock, channel = Clock(NINE), Channel()
    first, second = process(path, clock, channel), process(path, clock, channel)
    channel.script = ["429-long"]
    assert [o.status for o in await first.run_due()] == ["failed"]
    clock.now += dt.timedelta(seconds=599)
    assert await second.run_due() == []
    clock.now += dt.timedelta(seconds=1)
    assert [o.status for o in await second.run_due()] == ["sent"]
    assert channel.messages == ["C1"]


async def test_an_unknown_outcome_is_looked_for_before_the_next_try_and_not_posted_twice(path):
    clock, channel = Clock(NINE), Channel()
    channel.script = ["unknown-posted"]
    (outcome,) = await process(path, clock, channel).run_due()
    assert outcome.status == "sent" and "found in the channel" in outcome.detail
    assert channel.messages == ["C1"]


async def test_an_unknown_outcome_that_did_not_post_is_tried_again_after_looking(path):
    clock, channel = Clock(NINE), Channel()
    channel.script = ["unknown-lost", "unknown-lost"]
    (outcome,) = await process(path, clock, channel).run_due()
    assert outcome.status == "sent" and channel.messages == ["C1"]


async def test_unknown_outcomes_all_pass_long_are_released_for_a_later_look(path, caplog):
    clock, channel = Clock(NINE), Channel()
    channel.script = ["unknown-lost"] * 3
    scheduler = process(path, clock, channel)
    with caplog.at_level(logging.WARNING):
        assert [o.status for o in await scheduler.run_due()] == ["failed"]
    delivery = scheduler.store.delivery("slack", "C1", DAY)
    assert (delivery.status, delivery.uncertain) == ("failed", True)
    clock.now = dt.datetime.fromisoformat(delivery.next_attempt_at)
    assert [o.status for o in await scheduler.run_due()] == ["sent"]
    assert channel.messages == ["C1"]


async def test_a_stop_takes_no_more_claims(path):
    clock, channel = Clock(NINE), Channel()
    scheduler = process(path, clock, channel)
    scheduler.stop()
    assert await scheduler.run_due() == []
    assert scheduler.store.delivery("slack", "C1", DAY) is None
