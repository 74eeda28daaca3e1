"""The question log in SQLite: the same database file as the digest store (``CYBERBOT_DB``),
its own tables and its own named migrations, recorded in the same ``schema_migrations``.
With a PostgreSQL ``CYBERBOT_DB`` it is a SQLite file in the state folder instead.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sqlite3
import threading
from pathlib import Path

from ..errors import StoreError
from ..paths import state_dir
from ..store import Migration, migrate, stamp
from ..store.records import default_location, is_postgres_url
from .records import FeedbackRecord, QuestionRecord

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "curation_0001_create_questions",
        (
            """CREATE TABLE curation_questions (
                id INTEGER PRIMARY KEY,
                asked_at TEXT NOT NULL,            -- UTC, ISO 8601 to the second
                platform TEXT NOT NULL,
                intent TEXT NOT NULL,              -- the command's name, or 'question'
                outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'not_found', 'did_you_mean', 'suggestions_only')),
                question TEXT CHECK (length(question) <= 300),   -- missed questions only
                suggested TEXT NOT NULL DEFAULT '',              -- one per line
                items TEXT NOT NULL DEFAULT ''                   -- 'type:id' per line, answers only
            )""",
            "CREATE INDEX curation_questions_by_time ON curation_questions (asked_at)",
        ),
    ),
    Migration(
        "curation_0002_create_feedback",
        (
            """CREATE TABLE curation_feedback (
                id INTEGER PRIMARY KEY,
                given_at TEXT NOT NULL,
                platform TEXT NOT NULL,
                verdict TEXT NOT NULL CHECK (verdict IN ('helpful', 'not_right')),
                answer TEXT NOT NULL,
                question TEXT NOT NULL DEFAULT '',
                voter TEXT NOT NULL,               -- salted hash: one vote per person and answer
                UNIQUE (platform, answer, question, voter)
            )""",
            "CREATE INDEX curation_feedback_by_time ON curation_feedback (given_at)",
        ),
    ),
    Migration(
        "curation_0003_create_salt",  # the key of the voters' hashes, made once per database
        ("CREATE TABLE curation_salt (id INTEGER PRIMARY KEY CHECK (id = 1), salt BLOB NOT NULL)",),
    ),
)


def question_log_location(env) -> str:
    """``CYBERBOT_DB`` when it is a SQLite file; beside it in the state folder when it is PostgreSQL
    (the question log has no PostgreSQL backend yet)."""
    location = default_location(env)
    return str(state_dir(env) / "cyberbot-questions.db") if is_postgres_url(location) else location


class SqliteQuestionLog:
    """A ``QuestionLog`` in one SQLite file; safe to share between threads of one process."""

    def __init__(self, connection: sqlite3.Connection):
        self._db = connection
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> SqliteQuestionLog:
        path = Path(path) if path else Path(question_log_location(os.environ))
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

    def salt(self) -> bytes:
        """This database's random salt for voters' hashes, made on first use."""
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO curation_salt (id, salt) VALUES (1, ?)", (secrets.token_bytes(32),))
            return self._db.execute("SELECT salt FROM curation_salt WHERE id = 1").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def add_question(self, record: QuestionRecord) -> None:
        self._execute(
            "INSERT INTO curation_questions (asked_at, platform, intent, outcome, question, suggested, items)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (stamp(record.asked_at), record.platform, record.intent, record.outcome, record.question,
             "\n".join(record.suggested), "\n".join(record.items)),
        )

    def add_feedback(self, record: FeedbackRecord) -> bool:
        cursor = self._execute(
            "INSERT OR IGNORE INTO curation_feedback (given_at, platform, verdict, answer, question, voter)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (stamp(record.given_at), record.platform, record.verdict, record.answer, record.question, record.voter),
        )
        return cursor.rowcount == 1

    def questions(self, since: dt.datetime | None = None) -> list[QuestionRecord]:
        rows = self._select("SELECT asked_at, platform, intent, outcome, question, suggested, items FROM curation_questions"
                            " WHERE asked_at >= ? ORDER BY asked_at, id", since)
        return [QuestionRecord(_instant(at), platform, intent, outcome, question, _lines(suggested), _lines(items))
                for at, platform, intent, outcome, question, suggested, items in rows]

    def feedback(self, since: dt.datetime | None = None) -> list[FeedbackRecord]:
        rows = self._select("SELECT given_at, platform, verdict, answer, question, voter FROM curation_feedback"
                            " WHERE given_at >= ? ORDER BY given_at, id", since)
        return [FeedbackRecord(_instant(at), *rest) for at, *rest in rows]

    def forget_before(self, instant: dt.datetime) -> int:
        cutoff = stamp(instant)
        with self._lock:
            gone = self._db.execute("DELETE FROM curation_questions WHERE asked_at < ?", (cutoff,)).rowcount
            return gone + self._db.execute("DELETE FROM curation_feedback WHERE given_at < ?", (cutoff,)).rowcount

    def _execute(self, sql: str, params: tuple) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, params)

    def _select(self, sql: str, since: dt.datetime | None) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, (stamp(since) if since else "",)).fetchall()


def _instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()
