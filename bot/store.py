"""Digest subscriptions and delivery records in SQLite (stdlib ``sqlite3``, WAL mode).

The one module of ``bot`` that does I/O. Exactly-once posting rests on the
deliveries table: a row per (platform, channel, local date), claimed in one
``BEGIN IMMEDIATE`` transaction *before* sending, marked sent after, released
for retry when sending fails. Two processes on one database file never both
win a claim; a claim older than ``stale_after`` (its process died mid-send)
may be taken over.

    >>> store = Store.open("/tmp/cyberbot.db")
    >>> store.claim("slack", "C123", dt.date(2026, 11, 9), now)
    True
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError
from .paths import state_dir

DEFAULT_STALE_AFTER = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Migration:
    """A named schema change, applied once and recorded in ``schema_migrations``."""

    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_create_subscriptions",
        ("""CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL,
            local_time TEXT NOT NULL,          -- HH:MM, wall clock in timezone
            timezone TEXT NOT NULL,            -- IANA name
            when_empty TEXT NOT NULL DEFAULT 'quote' CHECK (when_empty IN ('quote', 'nothing')),
            active INTEGER NOT NULL DEFAULT 1,
            disabled_reason TEXT,
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (platform, channel)
        )""",),
    ),
    Migration(
        "0002_create_deliveries",
        ("""CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            local_date TEXT NOT NULL,          -- YYYY-MM-DD in the channel's zone
            status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            claimed_at TEXT,
            sent_at TEXT,
            next_attempt_at TEXT,
            UNIQUE (platform, channel, local_date)
        )""",),
    ),
    Migration("0003_index_deliveries_by_date", ("CREATE INDEX deliveries_by_date ON deliveries (local_date)",)),
    Migration(
        "0004_count_subscription_changes",  # lets every process notice a change with one cheap read
        (
            "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "INSERT INTO counters (name, value) VALUES ('subscriptions', 0)",
            *(
                f"CREATE TRIGGER subscriptions_{event.lower()} AFTER {event} ON subscriptions BEGIN "
                "UPDATE counters SET value = value + 1 WHERE name = 'subscriptions'; END"
                for event in ("INSERT", "UPDATE", "DELETE")
            ),
        ),
    ),
)


def check_names(migrations: Iterable[Migration], set_name: str = "cyberbot") -> None:
    """Refuse a migration set that uses one name twice (it would be applied only once)."""
    seen: set[str] = set()
    for migration in migrations:
        if migration.name in seen:
            msg = f"migration set {set_name!r} has two migrations named {migration.name!r}"
            raise StoreError(msg)
        seen.add(migration.name)


def applied(db: sqlite3.Connection) -> set[str]:
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return {row[0] for row in db.execute("SELECT name FROM schema_migrations")}


def pending(db: sqlite3.Connection, migrations: Iterable[Migration] = MIGRATIONS) -> list[str]:
    """Names of the migrations not applied yet, without applying anything."""
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone()
    done = {row[0] for row in db.execute("SELECT name FROM schema_migrations")} if exists else set()
    return [m.name for m in migrations if m.name not in done]


def migrate(db: sqlite3.Connection, migrations: Iterable[Migration] = MIGRATIONS) -> list[str]:
    """Apply what is pending, each under the write lock so two processes never both apply it."""
    migrations = tuple(migrations)
    check_names(migrations)
    if not pending(db, migrations):  # the usual start: a read, no write lock to wait for
        return []
    done_now = []
    for migration in migrations:
        db.execute("BEGIN IMMEDIATE")
        try:
            if migration.name not in applied(db):
                for statement in migration.statements:
                    db.execute(statement)
                db.execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                    (migration.name, stamp(dt.datetime.now(dt.timezone.utc))),
                )
                done_now.append(migration.name)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return done_now
_SUBSCRIPTION_COLUMNS = (
    "platform, workspace, channel, local_time, timezone, when_empty, active, disabled_reason, created_by, created_at"
)
_DELIVERY_COLUMNS = "platform, channel, local_date, status, attempts, last_error, claimed_at, sent_at, next_attempt_at"


@dataclass(frozen=True)
class Subscription:
    """A channel's daily digest: post at ``local_time`` (HH:MM) in ``timezone`` (IANA)."""

    platform: str
    workspace: str
    channel: str
    local_time: str
    timezone: str
    when_empty: str = "quote"  # "quote" (quote of the day) or "nothing"
    active: bool = True
    disabled_reason: str | None = None
    created_by: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class Delivery:
    """One day's digest for one channel: claimed, sent, skipped (nothing to post) or failed."""

    platform: str
    channel: str
    local_date: str
    status: str
    attempts: int = 0
    last_error: str | None = None
    claimed_at: str | None = None
    sent_at: str | None = None
    next_attempt_at: str | None = None


def default_db_path(env: Mapping[str, str] = os.environ) -> Path:
    """``$CYBERBOT_DB``, else ``$XDG_STATE_HOME/cyberbot/cyberbot.db`` (``~/.local/state`` by default)."""
    if env.get("CYBERBOT_DB"):
        return Path(env["CYBERBOT_DB"]).expanduser()
    return state_dir(env) / "cyberbot.db"


def stamp(instant: dt.datetime) -> str:
    """An aware instant as the UTC text the store compares: ``2026-11-09T08:00:00+00:00``."""
    if instant.tzinfo is None:
        msg = f"expected an aware datetime, got naive {instant!r}"
        raise ValueError(msg)
    return instant.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """Subscriptions and deliveries; safe to share between threads of one process."""

    def __init__(self, connection: sqlite3.Connection, path: str):
        self._db = connection
        self._lock = threading.RLock()
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, busy_timeout_ms: int = 10_000) -> Store:
        """Open (creating the file and folders) and migrate; raise StoreError with the path on failure."""
        path = Path(path) if path else default_db_path()
        db = None
        try:
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=busy_timeout_ms / 1000)
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            migrate(db, MIGRATIONS)
        except (OSError, sqlite3.Error) as error:
            if db is not None:
                db.close()
            msg = f"cannot open the digest store {path}: {error} (set CYBERBOT_DB to a writable file)"
            raise StoreError(msg) from error
        return cls(db, str(path))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _write(self):
        """One ``BEGIN IMMEDIATE`` transaction: the write lock is taken at the start, not at the first write."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StoreError(f"the digest store {self.path} is busy or unwritable: {error}") from error
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as error:
                # A failed COMMIT (disk full, I/O error) leaves the transaction open: without the
                # rollback every later BEGIN would fail with "cannot start a transaction within a transaction".
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise StoreError(f"the digest store {self.path} could not be written: {error}") from error
                raise

    def _read(self, sql: str, params: Iterable = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, tuple(params)).fetchall()

    def subscriptions_version(self) -> int:
        """A number that grows with every change to any subscription, by any process: poll it before re-reading."""
        return self._read("SELECT value FROM counters WHERE name = 'subscriptions'")[0][0]

    # -- subscriptions -------------------------------------------------------

    def subscribe(self, subscription: Subscription) -> Subscription:
        """Create or replace this channel's subscription, active again if it was stopped."""
        s = subscription
        with self._write() as db:
            db.execute(
                f"INSERT INTO subscriptions ({_SUBSCRIPTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 1, NULL, ?, ?) "
                "ON CONFLICT (platform, channel) DO UPDATE SET workspace = excluded.workspace, "
                "local_time = excluded.local_time, timezone = excluded.timezone, when_empty = excluded.when_empty, "
                "active = 1, disabled_reason = NULL, created_by = excluded.created_by, created_at = excluded.created_at",
                (s.platform, s.workspace, s.channel, s.local_time, s.timezone, s.when_empty, s.created_by, s.created_at),
            )
        return self.subscription(s.platform, s.channel)

    def unsubscribe(self, platform: str, channel: str, reason: str = "unsubscribed") -> bool:
        """Stop the channel's digest; False when it had none running."""
        return self.disable(platform, channel, reason)

    def disable(self, platform: str, channel: str, reason: str) -> bool:
        """Stop posting to a channel and say why (unsubscribed, channel gone); False if not active."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE subscriptions SET active = 0, disabled_reason = ? WHERE platform = ? AND channel = ? AND active = 1",
                (reason, platform, channel),
            )
            return cursor.rowcount == 1

    def subscription(self, platform: str, channel: str) -> Subscription | None:
        rows = self._read(
            f"SELECT {_SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = ? AND channel = ?", (platform, channel)
        )
        return _to_subscription(rows[0]) if rows else None

    def subscriptions(self, *, platform: str | None = None, workspace: str | None = None, active_only: bool = True) -> list[Subscription]:
        """Subscriptions in creation order, optionally for one platform or workspace."""
        where, params = ["1 = 1"], []
        if active_only:
            where.append("active = 1")
        if platform is not None:
            where.append("platform = ?")
            params.append(platform)
        if workspace is not None:
            where.append("workspace = ?")
            params.append(workspace)
        rows = self._read(f"SELECT {_SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE {' AND '.join(where)} ORDER BY id", params)
        return [_to_subscription(row) for row in rows]

    # -- deliveries ----------------------------------------------------------

    def claim(self, platform: str, channel: str, local_date: dt.date, now: dt.datetime, *, stale_after: dt.timedelta = DEFAULT_STALE_AFTER) -> bool:
        """Take the right to post this day's digest; True only for the one caller that wins.

        Wins when there is no record yet, when a failed send's retry time has
        come, or when an earlier claim is older than ``stale_after``.
        """
        return self._claim_as("claimed", platform, channel, local_date, now, stale_after)

    def skip(self, platform: str, channel: str, local_date: dt.date, now: dt.datetime, *, stale_after: dt.timedelta = DEFAULT_STALE_AFTER) -> bool:
        """Claim a day with nothing to post and record it as skipped, in one transaction; True if this caller won."""
        return self._claim_as("skipped", platform, channel, local_date, now, stale_after)

    def _claim_as(self, status: str, platform: str, channel: str, local_date: dt.date, now: dt.datetime, stale_after: dt.timedelta) -> bool:
        sent_at = stamp(now) if status == "skipped" else None
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO deliveries (platform, channel, local_date, status, attempts, claimed_at, sent_at) "
                "VALUES (?, ?, ?, ?, 1, ?, ?) "
                "ON CONFLICT (platform, channel, local_date) DO UPDATE SET status = excluded.status, "
                "attempts = deliveries.attempts + 1, claimed_at = excluded.claimed_at, sent_at = excluded.sent_at, "
                "next_attempt_at = NULL "
                "WHERE (deliveries.status = 'failed' AND deliveries.next_attempt_at <= excluded.claimed_at) "
                "OR (deliveries.status = 'claimed' AND deliveries.claimed_at <= ?)",
                (platform, channel, local_date.isoformat(), status, stamp(now), sent_at, stamp(now - stale_after)),
            )
            return cursor.rowcount == 1

    def mark_sent(self, platform: str, channel: str, local_date: dt.date, now: dt.datetime) -> None:
        """Record a claimed digest as posted."""
        self._finish(platform, channel, local_date, "sent", sent_at=stamp(now))

    def release(self, platform: str, channel: str, local_date: dt.date, error: str, *, retry_at: dt.datetime | None) -> None:
        """Give a claim back after a failed send; ``retry_at`` None means not again (that day)."""
        retry = stamp(retry_at) if retry_at is not None else None
        self._finish(platform, channel, local_date, "failed", last_error=error[:500], next_attempt_at=retry)

    def _finish(self, platform: str, channel: str, local_date: dt.date, status: str, **values: str | None) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        with self._write() as db:
            db.execute(
                f"UPDATE deliveries SET status = ?, {assignments} "
                "WHERE platform = ? AND channel = ? AND local_date = ? AND status = 'claimed'",
                (status, *values.values(), platform, channel, local_date.isoformat()),
            )

    def deliveries_for(self, keys: Iterable[tuple[str, str, dt.date]]) -> dict[tuple[str, str, str], Delivery]:
        """The delivery records of these (platform, channel, local date) keys that exist."""
        groups: dict[tuple[str, str], list[str]] = {}
        for platform, channel, local_date in keys:
            groups.setdefault((platform, local_date.isoformat()), []).append(channel)
        found = {}
        for (platform, local_date), channels in groups.items():
            for start in range(0, len(channels), 500):
                chunk = channels[start : start + 500]
                rows = self._read(
                    f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE platform = ? AND local_date = ? "
                    f"AND channel IN ({', '.join('?' for _ in chunk)})",
                    (platform, local_date, *chunk),
                )
                found.update({(row[0], row[1], row[2]): Delivery(*row) for row in rows})
        return found

    def delivery(self, platform: str, channel: str, local_date: dt.date) -> Delivery | None:
        rows = self._read(
            f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE platform = ? AND channel = ? AND local_date = ?",
            (platform, channel, local_date.isoformat()),
        )
        return Delivery(*rows[0]) if rows else None

    def last_delivery(self, platform: str, channel: str, *, status: str = "sent") -> Delivery | None:
        rows = self._read(
            f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE platform = ? AND channel = ? AND status = ? "
            "ORDER BY local_date DESC LIMIT 1",
            (platform, channel, status),
        )
        return Delivery(*rows[0]) if rows else None


def _to_subscription(row: tuple) -> Subscription:
    platform, workspace, channel, local_time, zone, when_empty, active, reason, created_by, created_at = row
    return Subscription(platform, workspace, channel, local_time, zone, when_empty, bool(active), reason, created_by, created_at)
