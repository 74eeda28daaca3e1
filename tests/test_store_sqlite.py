"""The SQLite backend's own behaviour: files, WAL, its migration runner, a failed COMMIT.

What every backend must do is in tests/test_store_contract.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from bot.errors import StoreError
from bot.store import (
    MIGRATIONS,
    Migration,
    Store,
    default_location,
    migrate,
    pending,
    redact,
)
from tests.test_store_contract import subscription

NOW = dt.datetime(2026, 11, 9, 8, 0, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 11, 9)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cyberbot.db")
    yield s
    s.close()


def test_open_creates_the_schema_and_records_every_migration(tmp_path):
    path = tmp_path / "nested" / "dir" / "cyberbot.db"
    Store.open(path).close()
    db = sqlite3.connect(path)
    names = [row[0] for row in db.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [m.name for m in MIGRATIONS]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert pending(db) == []


def test_migrating_twice_is_a_no_op(tmp_path):
    path = tmp_path / "cyberbot.db"
    store = Store.open(path)
    store.subscribe(subscription())
    store.close()
    db = sqlite3.connect(path, isolation_level=None)
    assert migrate(db) == []
    assert db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    assert Store.open(path).subscription("slack", "C1") is not None


def test_pending_lists_unapplied_migrations_without_applying_them(tmp_path):
    db = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    assert pending(db) == [m.name for m in MIGRATIONS]
    assert pending(db) == [m.name for m in MIGRATIONS]
    extra = Migration("0099_extra", ("CREATE TABLE extra (x)",))
    migrate(db)
    assert pending(db, (*MIGRATIONS, extra)) == ["0099_extra"]
    assert migrate(db, (*MIGRATIONS, extra)) == ["0099_extra"]


def test_a_duplicate_migration_name_is_refused_naming_the_set(tmp_path):
    db = sqlite3.connect(tmp_path / "dup.db", isolation_level=None)
    twice = (Migration("0001_a", ("CREATE TABLE a (x)",)), Migration("0001_a", ("CREATE TABLE b (x)",)))
    with pytest.raises(StoreError, match="migration set 'cyberbot' has two migrations named '0001_a'"):
        migrate(db, twice)


def test_unwritable_path_is_a_store_error_naming_the_path(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open the digest store .*file/cyberbot.db"):
        Store.open(blocker / "cyberbot.db")


def test_a_commit_that_fails_is_rolled_back_and_the_store_keeps_working(store):
    db = store._db
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute("CREATE TEMP TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(StoreError, match="could not be written"), store._write() as transaction:
        transaction.execute("INSERT INTO child VALUES (1)")  # a deferred constraint: COMMIT itself fails
    assert not db.in_transaction
    store.subscribe(subscription("C9"))
    assert [s.channel for s in store.subscriptions()] == ["C9"]


def test_the_location_is_cyberbot_db_then_xdg_state_home(tmp_path):
    assert default_location({"CYBERBOT_DB": str(tmp_path / "x.db")}) == str(tmp_path / "x.db")
    assert default_location({"XDG_STATE_HOME": str(tmp_path)}) == str(tmp_path / "cyberbot" / "cyberbot.db")
    assert Path(default_location({})).parts[-4:] == (".local", "state", "cyberbot", "cyberbot.db")
    url = "postgresql://bot:s3cret@db.internal:5432/cyberbot"
    assert default_location({"CYBERBOT_DB": url}) == url
    assert redact(url) == "postgresql://bot:***@db.internal:5432/cyberbot"


def test_a_claim_taken_by_an_older_version_is_checked_at_the_destination_after_the_upgrade(tmp_path):
    """Migration 0005 gives old claims no lease: the next holder takes over at once and looks first."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, MIGRATIONS[:4])
    db.execute("INSERT INTO deliveries (platform, channel, local_date, status, attempts, claimed_at) "
               "VALUES ('slack', 'C1', '2026-11-09', 'claimed', 1, '2026-11-09T08:00:00+00:00')")
    db.close()
    store = Store.open(path)
    claim = store.claim("slack", "C1", DAY, NOW + dt.timedelta(seconds=1))
    assert claim is not None and claim.check_destination and claim.attempts == 2
    store.close()
