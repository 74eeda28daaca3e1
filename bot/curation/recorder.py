"""Recording what users asked, as the operator configured it.

``CYBERBOT_RECORD_QUESTIONS=off`` turns recording off, ``CYBERBOT_FEEDBACK=off``
the feedback buttons; ``CYBERBOT_RECORD_DAYS`` (default 90) is how long records
are kept. Recording never fails or slows an answer: records are written by a
thread of their own, and a store that cannot be written is logged once.
"""

from __future__ import annotations

import atexit
import datetime as dt
import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..errors import StoreError, UsageError
from ..reply import Reply
from ..request import Request
from ..store.records import default_location, is_postgres_url
from .feedback import ALREADY, NOT_RECORDED, THANKS, UNREADABLE, read_value, voter_hash
from .records import FeedbackRecord, QuestionLog, Verdict, record_for

log = logging.getLogger(__name__)

DEFAULT_DAYS = 90
PURGE_EVERY = dt.timedelta(hours=1)
BATCH = 500  # records written in one transaction at most
LINGER = 0.05  # seconds the writer waits for more records before it commits a batch
_OFF = {"off", "0", "false", "no"}


@dataclass(frozen=True)
class RecordingSettings:
    questions: bool = True
    feedback: bool = True
    days: int = DEFAULT_DAYS

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RecordingSettings:
        days = env.get("CYBERBOT_RECORD_DAYS", "").strip()
        if days and not (days.isdigit() and int(days) > 0):
            raise UsageError(f"CYBERBOT_RECORD_DAYS must be a whole number of days above 0, not {days!r}")
        return cls(
            questions=env.get("CYBERBOT_RECORD_QUESTIONS", "on").strip().lower() not in _OFF,
            feedback=env.get("CYBERBOT_FEEDBACK", "on").strip().lower() not in _OFF,
            days=int(days) if days else DEFAULT_DAYS,
        )


class Recorder:
    """Records each question a reply answers or misses, off the request path.

    ``observe`` only queues the record; one writer thread opens the log on first
    use and writes. An answer never waits for the database: a log that is slow,
    full or unreachable costs records (logged once), never an answer's time.
    A log that cannot be opened is tried again after ``retry_after``.
    """

    def __init__(self, open_log: Callable[[], QuestionLog], settings: RecordingSettings, *,
                 backlog: int = 10_000, retry_after: float = 30.0, monotonic: Callable[[], float] = time.monotonic):
        self.settings = settings
        self._open_log = open_log
        self._log: QuestionLog | None = None
        self._lock = threading.Lock()
        self._queue: queue.Queue = queue.Queue(maxsize=backlog)
        self._writer: threading.Thread | None = None
        self._retry_after, self._monotonic = retry_after, monotonic
        self._open_failed_at: float | None = None
        self._purged_at: dt.datetime | None = None
        self._warned: set[str] = set()

    def observe(self, request: Request, reply: Reply, now: dt.datetime) -> None:
        """Queue a record of one request and its reply; never raises, never waits."""
        if not self.settings.questions:
            return
        try:  # the record itself is made by the writer: normalising the question costs the answer nothing
            self._queue.put_nowait((request.addressed_text, request.platform, reply, now))
            if self._writer is None:
                self._start_writer()
        except queue.Full:
            self._warn_once("behind", "questions are not being recorded: the question log is %d records behind", self._queue.maxsize)
        except Exception as error:  # recording must never cost the user the answer
            self._warn_once("record", "questions are not being recorded: %s", error)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every queued record is written (or given up); False if ``timeout`` passed first."""
        done = self._queue.all_tasks_done
        with done:
            return done.wait_for(lambda: not self._queue.unfinished_tasks, timeout)

    def rate(self, platform: str, user: str, value: str, verdict: Verdict, now: dt.datetime) -> str:
        """Record one click on a feedback button; the private reply for the clicker. Never raises."""
        target = read_value(value)
        if target is None:
            return UNREADABLE
        try:
            question_log = self.question_log()
            voter = voter_hash(question_log.salt(), platform, user, *target)
            fresh = question_log.add_feedback(FeedbackRecord(now, platform, verdict, target[0], target[1], voter))
        except Exception as error:
            log.warning("feedback is not being recorded: %s", error)
            return NOT_RECORDED
        return THANKS[verdict] if fresh else ALREADY

    def question_log(self) -> QuestionLog:
        """The open log; raises StoreError at once while a failed open waits for its retry."""
        with self._lock:
            if self._log is None:
                failed_at = self._open_failed_at
                if failed_at is not None and self._monotonic() - failed_at < self._retry_after:
                    raise StoreError("the question log could not be opened; trying again shortly")
                try:
                    self._log = self._open_log()
                except Exception:
                    self._open_failed_at = self._monotonic()
                    raise
                self._open_failed_at = None
            return self._log

    def _start_writer(self) -> None:
        with self._lock:
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_forever, name="cyberbot-question-log", daemon=True)
                self._writer.start()
                atexit.register(self.flush)

    def _write_forever(self) -> None:
        while True:
            batch = [self._queue.get()]
            until = time.monotonic() + LINGER
            while len(batch) < BATCH:  # what is asked within LINGER goes in one transaction
                try:
                    batch.append(self._queue.get(timeout=max(until - time.monotonic(), 0)))
                except queue.Empty:
                    break
            try:
                records = [r for text, platform, reply, now in batch if (r := record_for(text, platform, reply, now))]
                if records:  # help, refusals and errors are no question asked: the log is not even opened for them
                    question_log = self.question_log()
                    question_log.add_questions(records)
                    self._purge(question_log, records[-1].asked_at)
            except Exception as error:  # a full disk, a locked file, a database down: these records are lost
                self._warn_once("write", "questions are not being recorded: %s", error)
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _purge(self, question_log: QuestionLog, now: dt.datetime) -> None:
        if self._purged_at is None or now - self._purged_at >= PURGE_EVERY:
            self._purged_at = now
            question_log.forget_before(now - dt.timedelta(days=self.settings.days))

    def _warn_once(self, what: str, message: str, *args) -> None:
        if what not in self._warned:
            self._warned.add(what)
            log.warning(message, *args)


def attach_recorder(bot, env: Mapping[str, str]) -> None:
    """Give a chat bot (console, Slack, Discord) the recorder the environment asks for.

    Raises:
        UsageError: a setting is malformed.
    """
    bot.recorder = recorder_from_env(env)


def question_log_location(env: Mapping[str, str]) -> str:
    """Where the question log lives: the digest store's database, ``CYBERBOT_DB`` (a file or a PostgreSQL URL)."""
    return default_location(env)


def open_question_log(location: str) -> QuestionLog:
    """The question log in the database at ``location``, migrated; StoreError (one line, no password) when it cannot be."""
    if is_postgres_url(location):
        from .postgres_log import PostgresQuestionLog

        return PostgresQuestionLog.open(location)
    from .sqlite_log import SqliteQuestionLog

    return SqliteQuestionLog.open(location)


def recorder_from_env(env: Mapping[str, str]) -> Recorder | None:
    """The recorder the environment asks for, or None when recording and feedback are both off."""
    settings = RecordingSettings.from_env(env)
    if not settings.questions and not settings.feedback:
        return None
    location = question_log_location(env)
    return Recorder(lambda: open_question_log(location), settings)
