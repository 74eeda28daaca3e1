"""A digest command that meets a busy or broken store gets a short answer; the store's path stays in the log."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from bot.digests.commands import DigestCommands
from bot.request import EVERY_ROLE, Request
from bot.service import Bot
from bot.store import Store

NOW = dt.datetime(2026, 11, 10, 12, 0, tzinfo=dt.timezone.utc)


def test_a_locked_store_answers_try_again_without_the_file_path(tmp_path, caplog):
    path = tmp_path / "private-dir" / "cyberbot.db"
    store = Store.open(path, busy_timeout_ms=50)
    bot = Bot.from_path(None, clock=lambda: NOW, digests=DigestCommands(store))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with caplog.at_level(logging.ERROR, logger="bot.service"):
            reply = bot.handle(Request("digest subscribe 09:00 UTC", "slack", "T1", "C1", "U1", roles=EVERY_ROLE))
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()
    shown = reply.title + " ".join(b.text for b in reply.blocks)
    assert reply.kind == "error"
    assert "private-dir" not in shown and "sqlite" not in shown.lower()
    assert "try again" in shown
    assert str(path) in caplog.text
