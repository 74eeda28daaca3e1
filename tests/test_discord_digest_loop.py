"""The digest service runs its scheduler on a thread of its own, so a busy store never stalls the adapter's
event loop (Discord's gateway heartbeat, an interaction's 3 seconds)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3

from bot.digests.service import DigestService
from bot.service import Bot
from bot.store import Store, Subscription

NINE_FIFTEEN_IN_BRUSSELS = dt.datetime(2026, 11, 9, 8, 15, tzinfo=dt.timezone.utc)


class Recorder:
    def __init__(self):
        self.sent: list[str] = []
        self.loops: list[asyncio.AbstractEventLoop] = []

    async def send(self, channel_id: str, reply, tag=None) -> None:
        self.loops.append(asyncio.get_running_loop())
        self.sent.append(channel_id)


async def test_a_locked_store_does_not_stall_the_event_loop_and_the_digest_posts_once_it_is_free(tmp_path):
    path = tmp_path / "cyberbot.db"
    setup = Store.open(path)
    setup.subscribe(Subscription("discord", "G1", "42", "09:00", "Europe/Brussels"))
    setup.close()
    service = DigestService.open({"CYBERBOT_DB": str(path)})
    bot = Bot.from_path(None, clock=lambda: NINE_FIFTEEN_IN_BRUSSELS, digests=service.commands)
    sender = Recorder()
    loop = asyncio.get_running_loop()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # before the first pass: cron's `digest run --once`, say, is writing
    service.start(bot, {"discord": sender})
    try:
        started = loop.time()
        await asyncio.sleep(0.2)
        lag = loop.time() - started - 0.2
        locker.execute("ROLLBACK")
        assert lag < 1.0, f"the event loop was stalled for {lag:.1f} s by the digest store"
        for _ in range(200):
            if sender.sent:
                break
            await asyncio.sleep(0.05)
        assert sender.sent == ["42"]
        assert sender.loops[0] is not loop  # the scheduler's own loop; DiscordDigestSender hands its work over
    finally:
        locker.close()
        await asyncio.to_thread(service.stop)
    assert not service.running
