"""The shared backend: PostgreSQL through psycopg 3 and a psycopg-pool connection pool.

Selected by a ``postgresql://`` URL in ``CYBERBOT_DB``, so that bot processes
on several hosts share one database (SQLite's WAL does not work over a
network file system). The queries are ``bot.store.sql``'s, the migrations
``bot.store.migrations``' (applied under an advisory lock, so replicas
starting together apply each once). Installed with ``pip install
'cyberbot[postgres]'``. Must not put the URL's password into a message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import contextmanager
from functools import lru_cache

from ..errors import StoreError
from .migrations import MIGRATIONS, Migration, check_names
from .records import redact, stamp
from .sql import SqlStore

MIGRATION_LOCK = 0x6379626572  # pg_advisory_xact_lock key: "cyber"
MISSING_DRIVER = "CYBERBOT_DB is a PostgreSQL URL, but psycopg is not installed: pip install 'cyberbot[postgres]'"


@lru_cache(maxsize=256)
def placeholders(sql: str) -> str:
    """``?`` (the SQL of ``bot.store.sql``) -> ``%s`` (psycopg's); the queries hold no other ``?`` or ``%``."""
    return sql.replace("?", "%s")


class _Connection:
    """A psycopg connection that takes ``?`` placeholders, as ``sqlite3`` does."""

    def __init__(self, connection):
        self.connection = connection

    def execute(self, sql: str, params: Iterable = ()):
        return self.connection.execute(placeholders(sql), tuple(params))


def pending(connection, migrations: Iterable[Migration] = MIGRATIONS) -> list[str]:
    exists = connection.execute("SELECT to_regclass('schema_migrations')").fetchone()[0]
    done = {row[0] for row in connection.execute("SELECT name FROM schema_migrations")} if exists else set()
    return [m.name for m in migrations if m.name not in done]


def migrate(connection, migrations: Iterable[Migration] = MIGRATIONS) -> list[str]:
    """Apply what is pending in one transaction under an advisory lock; a second process waits, then finds nothing to do."""
    migrations = tuple(migrations)
    check_names(migrations)
    if not pending(connection, migrations):
        return []
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        todo = set(pending(connection, migrations))
        for migration in (m for m in migrations if m.name in todo):
            for statement in migration.for_dialect("postgres"):
                connection.execute(statement)
            connection.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (%s, %s)",
                (migration.name, stamp(dt.datetime.now(dt.timezone.utc))),
            )
    return [m.name for m in migrations if m.name in todo]


class PostgresStore(SqlStore):
    """``PostgresStore.open("postgresql://cyberbot@db.internal/cyberbot")``."""

    def __init__(self, pool, location: str):
        self._pool = pool
        self.location = self.path = location

    @classmethod
    def open(cls, url: str, *, max_size: int = 4, timeout: float = 10.0) -> PostgresStore:
        return cls(open_pool(url, MIGRATIONS, "the digest store", max_size=max_size, timeout=timeout), redact(url))

    def close(self) -> None:
        self._pool.close()

    @contextmanager
    def _write(self):
        with pooled(self._pool, f"the digest store {self.location}", "written") as connection:
            yield _Connection(connection)

    def _read(self, sql: str, params: Iterable = ()) -> list[tuple]:
        with pooled(self._pool, f"the digest store {self.location}", "read") as connection:
            return connection.execute(placeholders(sql), tuple(params)).fetchall()

    def _update_held(self, assignments: str, values: tuple, ids: list[int], holder: str) -> tuple[str, tuple]:
        """Lock the rows first, in the order ``claim_many`` inserts and locks them (byte order, as Python sorts
        text), then update them: an UPDATE alone locks rows in whatever order its plan reads the table, and a
        claim waiting on one of them while holding another deadlocked (benchmarks/digest.py --race)."""
        return (
            f"WITH held AS (SELECT id FROM deliveries WHERE id IN ({', '.join('?' * len(ids))}) AND status = 'claimed' "
            'AND holder = ? ORDER BY platform COLLATE "C", channel COLLATE "C", local_date COLLATE "C" FOR UPDATE) '
            f"UPDATE deliveries SET {assignments} FROM held WHERE deliveries.id = held.id RETURNING deliveries.id",
            (*ids, holder, *values),
        )


def open_pool(url: str, migrations: Iterable[Migration], what: str, *, max_size: int = 4, timeout: float = 10.0):
    """A psycopg connection pool on ``url`` with ``migrations`` applied; StoreError naming ``what`` when it cannot be."""
    try:
        import psycopg
        from psycopg_pool import ConnectionPool
    except ImportError:
        raise StoreError(MISSING_DRIVER) from None
    shown = redact(url)
    pool = None
    try:
        pool = ConnectionPool(url, min_size=1, max_size=max_size, timeout=timeout, open=False,
                              kwargs={"autocommit": True, "connect_timeout": int(timeout)})
        pool.open(wait=True, timeout=timeout)
        with pool.connection() as connection:
            migrate(connection, migrations)
    except (psycopg.Error, OSError) as error:
        if pool is not None:
            pool.close()
        raise StoreError(f"cannot open {what} {shown}: {_first_line(error)}") from None
    except Exception as error:  # psycopg_pool.PoolTimeout and friends
        if pool is not None:
            pool.close()
        raise StoreError(f"cannot open {what} {shown}: {type(error).__name__}: {_first_line(error)}") from None
    return pool


@contextmanager
def pooled(pool, what: str, action: str):
    """A connection of ``pool`` in autocommit, psycopg's errors turned into a one-line StoreError about ``what``."""
    import psycopg

    try:  # every write is one statement: in autocommit it is its own transaction, one round trip
        with pool.connection() as connection:
            yield connection
    except psycopg.Error as error:
        raise StoreError(f"{what} could not be {action}: {_first_line(error)}") from None
    except StoreError:
        raise
    except Exception as error:  # PoolTimeout: every connection busy or the server unreachable
        if type(error).__module__.startswith("psycopg"):
            raise StoreError(f"{what} is busy or unreachable: {_first_line(error)}") from None
        raise


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
