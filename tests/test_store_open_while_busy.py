"""Opening a migrated store needs no write lock, so a bot starts while another process is writing."""

import sqlite3

from bot.store import Store, Subscription


def test_a_migrated_store_opens_while_another_process_holds_the_write_lock(tmp_path):
    path = tmp_path / "cyberbot.db"
    Store.open(path).close()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        store = Store.open(path, busy_timeout_ms=200)  # used to raise StoreError: "database is locked"
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    store.subscribe(Subscription("slack", "T1", "C1", "09:00", "UTC"))
    assert [s.channel for s in store.subscriptions()] == ["C1"]
    store.close()
