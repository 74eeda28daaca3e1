"""The digest scheduler on a real SQLite file, with a clock and sleep driven by the test."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.digests.scheduler import DigestScheduler
from bot.errors import ChannelGone
from bot.knowledge.model import DateSpan, Event, FuzzyDate, Knowledge, Quote
from bot.store import Store, Subscription

UTC = dt.timezone.utc

KNOWLEDGE = Knowledge(
    path="test.yaml",
    events={
        "conf": Event("conf", "Cyber Defence Pledge Conference", "conference",
                      DateSpan(FuzzyDate.parse("2022-11-09"), FuzzyDate.parse("2022-11-10")), city="Rome"),
    },
    quotes={"q1": Quote("q1", "rutte", "No one stands alone.", "src")},
)


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


class FakeClock:
    def __init__(self, start: dt.datetime):
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> dt.datetime:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += dt.timedelta(seconds=seconds)


class RecordingSender:
    """Stands in for a platform: records posts; can fail a number of times or report the channel gone."""

    def __init__(self, failures: int = 0, gone: set[str] = frozenset()):
        self.posts: list[tuple[str, str]] = []
        self.failures = failures
        self.gone = gone

    async def send(self, channel_id, reply, tag=None):
        if channel_id in self.gone:
            raise ChannelGone(f"channel {channel_id} not found")
        if self.failures:
            self.failures -= 1
            raise ConnectionError("HTTP 503 from the platform")
        self.posts.append((channel_id, reply.title))


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cyberbot.db")
    yield s
    s.close()


def subscribe(store, channel="C1", local_time="09:00", zone="Europe/Brussels", platform="slack", when_empty="quote"):
    store.subscribe(Subscription(platform, "T1", channel, local_time, zone, when_empty, created_at="2026-01-01T00:00:00+00:00"))


def scheduler_for(store, clock, senders, **kwargs):
    return DigestScheduler(store, lambda: KNOWLEDGE, senders, clock, clock.sleep, **kwargs)


async def test_a_due_digest_is_posted_once(store):
    subscribe(store)
    sender = RecordingSender()
    clock = FakeClock(utc("2026-11-09T08:00"))
    scheduler = scheduler_for(store, clock, {"slack": sender})
    outcomes = await scheduler.run_due()
    assert [(o.channel, o.status) for o in outcomes] == [("C1", "sent")]
    assert sender.posts == [("C1", "On this day, 9 November")]
    assert await scheduler.run_due(utc("2026-11-09T08:01")) == []
    assert len(sender.posts) == 1


async def test_nothing_is_due_before_the_local_time(store):
    subscribe(store)
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T07:59")), {"slack": RecordingSender()})
    assert await scheduler.run_due() == []


async def test_catch_up_after_downtime_within_the_grace_window(store):
    subscribe(store)
    sender = RecordingSender()
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T13:30")), {"slack": sender})
    assert [o.status for o in await scheduler.run_due()] == ["sent"]


async def test_no_catch_up_beyond_the_grace_window_but_the_next_day_posts(store):
    subscribe(store)
    sender = RecordingSender()
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T14:01")), {"slack": sender})
    assert await scheduler.run_due() == []
    assert [o.status for o in await scheduler.run_due(utc("2026-11-10T08:00"))] == ["sent"]
    assert sender.posts == [("C1", "On this day, 10 November")]


async def test_a_shorter_grace_window_is_respected(store):
    subscribe(store)
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T09:01")), {"slack": RecordingSender()},
                              grace=dt.timedelta(hours=1))
    assert await scheduler.run_due() == []


async def test_a_failed_send_is_released_retried_with_backoff_then_posted_once(store, caplog):
    subscribe(store)
    sender = RecordingSender(failures=2)
    clock = FakeClock(utc("2026-11-09T08:00"))
    scheduler = scheduler_for(store, clock, {"slack": sender})
    assert [o.status for o in await scheduler.run_due()] == ["failed"]
    assert "HTTP 503" in caplog.text and "retrying at 2026-11-09T08:01:00+00:00" in caplog.text
    assert await scheduler.run_due(utc("2026-11-09T08:00:59")) == []  # backoff not over
    assert [o.status for o in await scheduler.run_due(utc("2026-11-09T08:01"))] == ["failed"]
    assert await scheduler.run_due(utc("2026-11-09T08:02")) == []  # second backoff is 2 minutes
    assert [o.status for o in await scheduler.run_due(utc("2026-11-09T08:03"))] == ["sent"]
    assert await scheduler.run_due(utc("2026-11-09T08:30")) == []
    assert sender.posts == [("C1", "On this day, 9 November")]
    delivery = store.delivery("slack", "C1", dt.date(2026, 11, 9))
    assert (delivery.status, delivery.attempts) == ("sent", 3)


async def test_retries_stop_when_the_local_day_ends(store):
    subscribe(store, local_time="23:50")
    sender = RecordingSender(failures=100)
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T22:50")), {"slack": sender})
    statuses = []
    for minute in range(0, 30):
        statuses += [o.status for o in await scheduler.run_due(utc("2026-11-09T22:50") + dt.timedelta(minutes=minute))]
    assert statuses == ["failed"] * 4  # 23:50, 23:51, 23:53, 23:57; the next would be past midnight
    assert store.delivery("slack", "C1", dt.date(2026, 11, 9)).next_attempt_at is None


async def test_unsubscribe_stops_posting(store):
    subscribe(store)
    sender = RecordingSender()
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T08:00")), {"slack": sender})
    await scheduler.run_due()
    store.unsubscribe("slack", "C1")
    assert await scheduler.run_due(utc("2026-11-10T08:00")) == []
    assert len(sender.posts) == 1


async def test_channel_gone_disables_the_subscription_with_a_log_line(store, caplog):
    subscribe(store, "C1")
    subscribe(store, "C2")
    sender = RecordingSender(gone={"C1"})
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T08:00")), {"slack": sender})
    with caplog.at_level(logging.WARNING, logger="bot.digests.scheduler"):
        outcomes = await scheduler.run_due()
    assert [(o.channel, o.status) for o in outcomes] == [("C1", "disabled"), ("C2", "sent")]
    assert "digest for slack channel C1 disabled: channel C1 not found" in caplog.text
    (gone,) = [s for s in store.subscriptions(active_only=False) if not s.active]
    assert gone.disabled_reason == "channel gone: channel C1 not found"
    assert await scheduler.run_due(utc("2026-11-09T09:00")) == []
    assert [(o.channel, o.status) for o in await scheduler.run_due(utc("2026-11-10T08:00"))] == [("C2", "sent")]
    assert [c for c, _ in sender.posts] == ["C2", "C2"]


async def test_an_empty_day_posts_a_quote_or_nothing_by_the_channels_choice(store):
    subscribe(store, "C1", when_empty="quote")
    subscribe(store, "C2", when_empty="nothing")
    sender = RecordingSender()
    scheduler = scheduler_for(store, FakeClock(utc("2026-03-03T08:00")), {"slack": sender})
    outcomes = await scheduler.run_due()
    assert [(o.channel, o.status) for o in outcomes] == [("C1", "sent"), ("C2", "skipped")]
    assert sender.posts == [("C1", "On this day, 3 March")]
    assert await scheduler.run_due(utc("2026-03-03T09:00")) == []


async def test_platforms_without_a_sender_are_left_alone(store):
    subscribe(store, "D1", platform="discord")
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T08:00")), {"slack": RecordingSender()})
    assert await scheduler.run_due() == []
    assert store.delivery("discord", "D1", dt.date(2026, 11, 9)) is None


async def test_each_channel_posts_at_its_own_local_time(store):
    subscribe(store, "BRU", zone="Europe/Brussels")
    subscribe(store, "NYC", zone="America/New_York")
    sender = RecordingSender()
    scheduler = scheduler_for(store, FakeClock(utc("2026-11-09T08:00")), {"slack": sender})
    assert [o.channel for o in await scheduler.run_due()] == ["BRU"]
    assert await scheduler.run_due(utc("2026-11-09T13:59")) == []
    assert [o.channel for o in await scheduler.run_due(utc("2026-11-09T14:00"))] == ["NYC"]


async def run_until(scheduler, clock, end):
    async def sleep_then_stop(seconds):
        await FakeClock.sleep(clock, seconds)
        if clock.now >= end:
            scheduler.stop()

    scheduler.sleep = sleep_then_stop
    await scheduler.run_forever()


async def test_run_forever_posts_once_a_day_and_never_sleeps_past_the_cap(store):
    subscribe(store)
    sender = RecordingSender()
    clock = FakeClock(utc("2026-11-08T00:00"))
    scheduler = scheduler_for(store, clock, {"slack": sender})
    await run_until(scheduler, clock, utc("2026-11-11T00:00"))
    assert [t for _, t in sender.posts] == ["On this day, 8 November", "On this day, 9 November", "On this day, 10 November"]
    assert max(clock.sleeps) <= 60
    assert min(clock.sleeps) >= 0


async def test_run_forever_sees_a_new_subscription_within_a_minute(store):
    sender = RecordingSender()
    clock = FakeClock(utc("2026-11-09T07:58:30"))
    scheduler = scheduler_for(store, clock, {"slack": sender})

    async def subscribe_while_sleeping(seconds):
        await FakeClock.sleep(clock, seconds)
        if len(clock.sleeps) == 1:
            subscribe(store)
        if clock.now >= utc("2026-11-09T08:01"):
            scheduler.stop()

    scheduler.sleep = subscribe_while_sleeping
    await scheduler.run_forever()
    assert sender.posts == [("C1", "On this day, 9 November")]


class TimedSender:
    """Records the fake clock's time of every post."""

    def __init__(self, clock):
        self.clock = clock
        self.posted_at = []

    async def send(self, channel_id, reply, tag=None):
        self.posted_at.append(self.clock.now)


async def test_run_forever_wakes_exactly_at_the_due_time(store):
    subscribe(store)

    clock = FakeClock(utc("2026-11-09T07:58:31"))
    sender = TimedSender(clock)
    scheduler = scheduler_for(store, clock, {"slack": sender})
    await run_until(scheduler, clock, utc("2026-11-09T08:05"))
    assert sender.posted_at == [utc("2026-11-09T08:00")]


@pytest.mark.parametrize(
    ("zone", "local_time", "start", "end", "expected_utc"),
    [
        ("Europe/Brussels", "02:30", "2026-03-28T20:00", "2026-03-30T06:00", ["2026-03-29T01:00", "2026-03-30T00:30"]),
        ("Europe/Brussels", "02:30", "2026-10-24T20:00", "2026-10-26T06:00", ["2026-10-25T00:30", "2026-10-26T01:30"]),
        ("America/New_York", "02:30", "2026-03-07T20:00", "2026-03-09T12:00", ["2026-03-08T07:00", "2026-03-09T06:30"]),
        ("America/New_York", "01:30", "2026-10-31T20:00", "2026-11-02T12:00", ["2026-11-01T05:30", "2026-11-02T06:30"]),
    ],
)
async def test_dst_changes_post_once_a_day_never_twice_never_skipped(store, zone, local_time, start, end, expected_utc):
    subscribe(store, local_time=local_time, zone=zone)
    clock = FakeClock(utc(start))
    sender = TimedSender(clock)
    scheduler = scheduler_for(store, clock, {"slack": sender})
    await run_until(scheduler, clock, utc(end))
    assert sender.posted_at == [utc(t) for t in expected_utc]


async def test_a_pass_that_raises_is_logged_and_the_loop_goes_on(store, caplog):
    subscribe(store)
    clock = FakeClock(utc("2026-11-09T07:59"))
    calls = []

    def flaky_knowledge():
        calls.append(clock.now)
        if len(calls) == 1:
            raise RuntimeError("knowledge unavailable")
        return KNOWLEDGE

    sender = RecordingSender()
    scheduler = DigestScheduler(store, flaky_knowledge, {"slack": sender}, clock, clock.sleep)
    await run_until(scheduler, clock, utc("2026-11-09T08:05"))
    assert "digest pass failed" in caplog.text
    assert sender.posts == [("C1", "On this day, 9 November")]
