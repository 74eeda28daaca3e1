"""A store made by an older cyberbot: the migrations up to a given one applied, for upgrade tests (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3

from bot.store import MIGRATIONS


class OldStore:
    """A bare connection to a database migrated up to (and with) one named migration: ``execute`` and ``close``."""

    def __init__(self, connection, close):
        self._connection, self.close = connection, close

    def execute(self, sql: str) -> None:
        self._connection.execute(sql)


def open_at_migration(location: str, last: str) -> OldStore:
    names = [m.name for m in MIGRATIONS]
    applied = MIGRATIONS[: names.index(last) + 1]
    if location.startswith("postgresql://"):
        from bot.store.postgres import open_pool

        pool = open_pool(location, applied, "the old store")
        connection = pool.getconn()

        def close() -> None:
            pool.putconn(connection)
            pool.close()

        return OldStore(connection, close)
    from bot.store.sqlite import migrate

    db = sqlite3.connect(location, isolation_level=None)
    migrate(db, applied)
    return OldStore(db, db.close)
