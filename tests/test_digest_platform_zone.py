"""A time zone the platform reports but zoneinfo does not know never reaches the store or the scheduler."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.digests.commands import DigestCommands
from bot.digests.scheduler import DigestScheduler
from bot.request import EVERY_ROLE, Request
from bot.service import Bot
from bot.store import Store

NOW = dt.datetime(2026, 11, 10, 12, 0, tzinfo=dt.timezone.utc)


class Recorder:
    def __init__(self):
        self.sent: list[str] = []

    async def send(self, channel_id, reply, tag=None) -> None:
        self.sent.append(channel_id)


def manager_in(channel: str, zone: str | None) -> Request:
    return Request("digest subscribe 09:00", platform="slack", channel=channel, user="U1", roles=EVERY_ROLE, timezone=zone)


def test_an_unknown_platform_zone_falls_back_to_the_default_and_every_channel_still_gets_its_digest(tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    bot = Bot.from_path(None, clock=lambda: NOW, digests=DigestCommands(store, default_tz="UTC"))
    reply = bot.handle(manager_in("C1", "Mars/Olympus"))
    assert reply.kind == "answer", reply.title
    assert "(UTC)" in reply.title
    assert bot.handle(manager_in("C2", "Europe/Brussels")).kind == "answer"
    assert [s.timezone for s in store.subscriptions()] == ["UTC", "Europe/Brussels"]

    sender = Recorder()
    outcomes = asyncio.run(DigestScheduler(store, lambda: bot.knowledge, {"slack": sender}, lambda: NOW).run_due())
    assert sorted(sender.sent) == ["C1", "C2"], outcomes
    store.close()


def test_preview_with_an_unknown_platform_zone_is_answered(tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    bot = Bot.from_path(None, clock=lambda: NOW, digests=DigestCommands(store))
    reply = bot.handle(Request("digest preview", platform="slack", channel="C9", timezone="Mars/Olympus"))
    assert reply.kind != "error", reply.title
    store.close()


def test_a_stored_subscription_whose_zone_no_longer_loads_is_stopped_and_the_others_still_post(tmp_path):
    from bot.store import Subscription

    store = Store.open(tmp_path / "cyberbot.db")
    store.subscribe(Subscription("slack", "T1", "C1", "09:00", "Mars/Olympus"))  # e.g. a zone tzdata dropped
    store.subscribe(Subscription("slack", "T1", "C2", "09:00", "Europe/Brussels"))
    bot = Bot.from_path(None, clock=lambda: NOW)
    sender = Recorder()
    asyncio.run(DigestScheduler(store, lambda: bot.knowledge, {"slack": sender}, lambda: NOW).run_due())
    assert sender.sent == ["C2"]
    stopped = store.subscription("slack", "C1")
    assert not stopped.active and "Mars/Olympus" in stopped.disabled_reason
    store.close()
