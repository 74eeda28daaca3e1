"""The embedded backend: SQLite through the stdlib ``sqlite3``, WAL mode, one file.

The default (a path in ``CYBERBOT_DB``). Every write is one ``BEGIN
IMMEDIATE`` transaction: the write lock is taken at the start, so two
processes on one file never both win a claim. Must not be used on a network
file system (WAL needs shared memory): several hosts share PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .migrations import MIGRATIONS, Migration, check_names
from .records import default_location, stamp
from .sql import SqlStore


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
                for statement in migration.for_dialect("sqlite"):
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


class Store(SqlStore):
    """The SQLite store: ``Store.open(path)``."""

    def __init__(self, connection: sqlite3.Connection, path: str):
        self._db = connection
        self._lock = threading.RLock()
        self.path = self.location = path

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, busy_timeout_ms: int = 10_000) -> Store:
        """Open (creating the file and folders) and migrate; raise StoreError with the path on failure."""
        path = Path(path) if path else Path(default_location())
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
            try:
                return self._db.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as error:
                raise StoreError(f"the digest store {self.path} could not be read: {error}") from error
