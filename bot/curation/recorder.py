"""Recording what users asked, as the operator configured it.

``CYBERBOT_RECORD_QUESTIONS=off`` turns recording off, ``CYBERBOT_FEEDBACK=off``
the feedback buttons; ``CYBERBOT_RECORD_DAYS`` (default 90) is how long records
are kept. Recording never fails an answer: a store that cannot be written is
logged once and the answer goes out.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..errors import UsageError
from ..reply import Reply
from ..request import Request
from ..store.records import default_location, is_postgres_url
from .feedback import ALREADY, NOT_RECORDED, THANKS, UNREADABLE, read_value, voter_hash
from .records import FeedbackRecord, QuestionLog, Verdict, record_for

log = logging.getLogger(__name__)

DEFAULT_DAYS = 90
PURGE_EVERY = dt.timedelta(hours=1)
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
    """Writes a record for each question a reply answers or misses; opens its log on first use."""

    def __init__(self, open_log: Callable[[], QuestionLog], settings: RecordingSettings):
        self.settings = settings
        self._open_log = open_log
        self._log: QuestionLog | None = None
        self._lock = threading.Lock()
        self._purged_at: dt.datetime | None = None
        self._failed = False

    def observe(self, request: Request, reply: Reply, now: dt.datetime) -> None:
        """Record one request and its reply; never raises."""
        if not self.settings.questions:
            return
        try:
            record = record_for(request.addressed_text, request.platform, reply, now)
            if record is not None:
                question_log = self.question_log()
                question_log.add_question(record)
                self._purge(question_log, now)
        except Exception as error:  # a full disk or a locked file must not cost the user the answer
            if not self._failed:
                log.warning("questions are not being recorded: %s", error)
            self._failed = True

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
        with self._lock:
            if self._log is None:
                self._log = self._open_log()
            return self._log

    def _purge(self, question_log: QuestionLog, now: dt.datetime) -> None:
        if self._purged_at is None or now - self._purged_at >= PURGE_EVERY:
            self._purged_at = now
            question_log.forget_before(now - dt.timedelta(days=self.settings.days))


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
