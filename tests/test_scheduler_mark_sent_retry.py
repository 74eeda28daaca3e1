"""A digest that was posted is recorded as sent even when the store is briefly locked right after the send;
otherwise its claim would go stale and the digest would be posted a second time."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

from bot.digests.scheduler import DigestScheduler
from bot.knowledge.model import Knowledge
from bot.store import Store, Subscription

NOW = dt.datetime(2026, 11, 9, 8, 15, tzinfo=dt.timezone.utc)  # 09:15 in Brussels


class LocksTheStoreWhileSending:
    """Posts, and meanwhile another process takes the write lock for a moment."""

    def __init__(self, path, hold_for: float):
        self.path, self.hold_for, self.sent = path, hold_for, []

    async def send(self, channel_id, reply, tag=None) -> None:
        locker = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        locker.execute("BEGIN IMMEDIATE")

        def release():
            locker.execute("ROLLBACK")
            locker.close()

        threading.Timer(self.hold_for, release).start()
        self.sent.append(channel_id)


async def test_a_post_is_recorded_once_the_store_is_free_again(tmp_path):
    path = tmp_path / "cyberbot.db"
    store = Store.open(path, busy_timeout_ms=100)
    store.subscribe(Subscription("slack", "T1", "C1", "09:00", "Europe/Brussels"))
    sender = LocksTheStoreWhileSending(path, hold_for=0.5)
    scheduler = DigestScheduler(store, lambda: Knowledge(path="empty.yaml"), {"slack": sender}, lambda: NOW)
    (outcome,) = await scheduler.run_due()
    assert sender.sent == ["C1"]
    assert outcome.status == "sent"
    assert store.delivery("slack", "C1", dt.date(2026, 11, 9)).status == "sent"
    store.close()
