"""The question log in SQLite: one file, WAL mode, shared between the threads of one process."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from ..errors import StoreError
from ..store import default_location, migrate
from .question_log import MIGRATIONS, SqlQuestionLog


class SqliteQuestionLog(SqlQuestionLog):
    def __init__(self, connection: sqlite3.Connection):
        self._db = connection
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> SqliteQuestionLog:
        path = Path(path) if path else Path(default_location())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            migrate(db, MIGRATIONS)
        except (OSError, sqlite3.Error) as error:
            msg = f"cannot open the question log {path}: {error} (set CYBERBOT_DB to a writable file)"
            raise StoreError(msg) from error
        return cls(db)

    def close(self) -> None:
        self._db.close()

    def _execute(self, sql: str, params: tuple = ()) -> int:
        with self._lock:
            return self._db.execute(sql, params).rowcount

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _execute_many(self, sql: str, rows: list[tuple]) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(sql, rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
