"""The question log in PostgreSQL: the same database as the digest store when ``CYBERBOT_DB`` is a
``postgresql://`` URL, so that every replica records into one log and ``cyberbot insights`` sees it all."""

from __future__ import annotations

from ..store.postgres import open_pool, placeholders, pooled
from ..store.records import redact
from .question_log import MIGRATIONS, SqlQuestionLog


class PostgresQuestionLog(SqlQuestionLog):
    def __init__(self, pool, location: str):
        self._pool = pool
        self.location = location

    @classmethod
    def open(cls, url: str, *, timeout: float = 10.0) -> PostgresQuestionLog:
        return cls(open_pool(url, MIGRATIONS, "the question log", max_size=2, timeout=timeout), redact(url))

    def close(self) -> None:
        self._pool.close()

    def _execute(self, sql: str, params: tuple = ()) -> int:
        with pooled(self._pool, f"the question log {self.location}", "written") as connection:
            return connection.execute(placeholders(sql), params).rowcount

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with pooled(self._pool, f"the question log {self.location}", "read") as connection:
            return connection.execute(placeholders(sql), params).fetchall()

    def _execute_many(self, sql: str, rows: list[tuple]) -> None:
        with pooled(self._pool, f"the question log {self.location}", "written") as connection, connection.transaction():
            connection.cursor().executemany(placeholders(sql), rows)
