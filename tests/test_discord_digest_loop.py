"""Discord: the digest scheduler's SQLite work runs off the client's event loop, so a busy store never stalls
the gateway heartbeat or an interaction's 3 seconds."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3

from adapters.digest_runner import start_digest_task
from bot.service import Bot
from bot.store import Store, Subscription

NINE_FIFTEEN_IN_BRUSSELS = dt.datetime(2026, 11, 9, 8, 15, tzinfo=dt.timezone.utc)


class Recorder:
    def __init__(self):
        self.sent: list[str] = []
        self.loops: list[asyncio.AbstractEventLoop] = []

    async def send(self, channel_id: str, reply) -> None:
        self.loops.append(asyncio.get_running_loop())
        self.sent.append(channel_id)


async def test_a_locked_store_does_not_stall_the_event_loop_and_the_digest_posts_once_it_is_free(tmp_path):
    path = tmp_path / "cyberbot.db"
    setup = Store.open(path)
    setup.subscribe(Subscription("discord", "G1", "42", "09:00", "Europe/Brussels"))
    setup.close()
    bot = Bot.from_path(None, clock=lambda: NINE_FIFTEEN_IN_BRUSSELS)
    sender, closed = Recorder(), []
    loop = asyncio.get_running_loop()
    task = start_digest_task(bot, "discord", sender, {"CYBERBOT_DB": str(path)}, is_closed=lambda: bool(closed))
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # before the task's first pass: cron's `digest run --once`, say, is writing
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
        assert sender.loops == [loop]  # the send itself ran on the client's loop, where discord.py needs it
    finally:
        locker.close()
        closed.append(True)
        await asyncio.wait_for(task, 10)
