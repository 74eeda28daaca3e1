"""The SQLite store: migrations, subscriptions and the claim protocol, on real files."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bot.errors import StoreError
from bot.store import MIGRATIONS, Migration, Store, Subscription, default_db_path, migrate, pending

NOW = dt.datetime(2026, 11, 9, 8, 0, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 11, 9)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cyberbot.db")
    yield s
    s.close()


def subscription(channel="C1", **changes) -> Subscription:
    values = dict(platform="slack", workspace="T1", channel=channel, local_time="09:00",
                  timezone="Europe/Brussels", created_by="U1", created_at="2026-11-01T00:00:00+00:00")
    values.update(changes)
    return Subscription(**values)


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


def test_default_path_honours_cyberbot_db_then_xdg_state_home(tmp_path):
    assert default_db_path({"CYBERBOT_DB": str(tmp_path / "x.db")}) == tmp_path / "x.db"
    assert default_db_path({"XDG_STATE_HOME": str(tmp_path)}) == tmp_path / "cyberbot" / "cyberbot.db"
    assert default_db_path({}).parts[-4:] == (".local", "state", "cyberbot", "cyberbot.db")


def test_subscribe_is_unique_per_channel_and_resubscribing_updates(store):
    store.subscribe(subscription())
    store.subscribe(subscription(local_time="07:30", timezone="America/New_York"))
    (only,) = store.subscriptions()
    assert (only.local_time, only.timezone, only.active) == ("07:30", "America/New_York", True)


def test_unsubscribe_deactivates_and_keeps_the_reason(store):
    store.subscribe(subscription())
    assert store.unsubscribe("slack", "C1", "unsubscribed by U2") is True
    assert store.unsubscribe("slack", "C1") is False
    assert store.subscriptions() == []
    (stopped,) = store.subscriptions(active_only=False)
    assert (stopped.active, stopped.disabled_reason) == (False, "unsubscribed by U2")
    assert store.subscribe(subscription()).active is True


def test_subscriptions_filter_by_platform_and_workspace(store):
    store.subscribe(subscription("C1"))
    store.subscribe(subscription("C2", workspace="T2"))
    store.subscribe(subscription("D1", platform="discord", workspace="G1"))
    assert [s.channel for s in store.subscriptions(platform="slack")] == ["C1", "C2"]
    assert [s.channel for s in store.subscriptions(workspace="T2")] == ["C2"]


def test_claim_wins_once(store):
    assert store.claim("slack", "C1", DAY, NOW) is True
    assert store.claim("slack", "C1", DAY, NOW) is False
    assert store.claim("slack", "C1", DAY + dt.timedelta(1), NOW) is True
    assert store.claim("discord", "C1", DAY, NOW) is True


def test_a_sent_delivery_is_never_claimed_again(store):
    store.claim("slack", "C1", DAY, NOW)
    store.mark_sent("slack", "C1", DAY, NOW)
    assert store.claim("slack", "C1", DAY, NOW + dt.timedelta(hours=5)) is False
    delivery = store.deliveries_for([("slack", "C1", DAY)])[("slack", "C1", "2026-11-09")]
    assert (delivery.status, delivery.attempts, delivery.sent_at) == ("sent", 1, "2026-11-09T08:00:00+00:00")
    assert store.last_delivery("slack", "C1").local_date == "2026-11-09"


def test_a_stale_claim_may_be_taken_over(store):
    assert store.claim("slack", "C1", DAY, NOW)
    assert not store.claim("slack", "C1", DAY, NOW + dt.timedelta(minutes=9))
    assert store.claim("slack", "C1", DAY, NOW + dt.timedelta(minutes=10))
    assert store.deliveries_for([("slack", "C1", DAY)])[("slack", "C1", "2026-11-09")].attempts == 2


def test_a_released_claim_is_claimable_again_once_its_retry_time_comes(store):
    store.claim("slack", "C1", DAY, NOW)
    store.release("slack", "C1", DAY, "HTTP 500", retry_at=NOW + dt.timedelta(minutes=1))
    delivery = store.deliveries_for([("slack", "C1", DAY)])[("slack", "C1", "2026-11-09")]
    assert (delivery.status, delivery.last_error) == ("failed", "HTTP 500")
    assert not store.claim("slack", "C1", DAY, NOW + dt.timedelta(seconds=59))
    assert store.claim("slack", "C1", DAY, NOW + dt.timedelta(minutes=1))
    assert not store.claim("slack", "C1", DAY, NOW + dt.timedelta(minutes=1))


def test_a_release_without_retry_is_final(store):
    store.claim("slack", "C1", DAY, NOW)
    store.release("slack", "C1", DAY, "channel gone", retry_at=None)
    assert not store.claim("slack", "C1", DAY, NOW + dt.timedelta(hours=23))


def test_skipped_days_are_recorded_at_once_but_are_not_the_last_post(store):
    assert store.skip("slack", "C1", DAY, NOW) is True
    assert store.skip("slack", "C1", DAY, NOW) is False
    assert store.claim("slack", "C1", DAY, NOW + dt.timedelta(hours=1)) is False
    assert store.deliveries_for([("slack", "C1", DAY)])[("slack", "C1", "2026-11-09")].status == "skipped"
    assert store.last_delivery("slack", "C1") is None


def test_deliveries_for_reads_only_the_keys_asked(store):
    for channel in ("C1", "C2", "C3"):
        store.claim("slack", channel, DAY, NOW)
    store.claim("discord", "C1", DAY, NOW)
    found = store.deliveries_for([("slack", "C1", DAY), ("slack", "C3", DAY), ("slack", "C9", DAY)])
    assert sorted(found) == [("slack", "C1", "2026-11-09"), ("slack", "C3", "2026-11-09")]


def test_the_subscriptions_version_grows_with_every_change_from_any_connection(store, tmp_path):
    first = store.subscriptions_version()
    store.subscribe(subscription())
    other = Store.open(tmp_path / "cyberbot.db")
    other.unsubscribe("slack", "C1")
    other.close()
    assert store.subscriptions_version() == first + 2
    store.claim("slack", "C1", DAY, NOW)  # deliveries do not count
    assert store.subscriptions_version() == first + 2


def test_naive_datetimes_are_refused(store):
    with pytest.raises(ValueError, match="aware"):
        store.claim("slack", "C1", DAY, NOW.replace(tzinfo=None))


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
