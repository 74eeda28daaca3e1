"""The question log on both backends: real SQLite and a real PostgreSQL server (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.curation.recorder import open_question_log
from bot.curation.records import FeedbackRecord, QuestionRecord
from bot.errors import StoreError

REPO = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


@pytest.fixture
def question_log(location):
    log = open_question_log(location)
    yield log
    log.close()


def missed(text: str, at: dt.datetime = NOW) -> QuestionRecord:
    return QuestionRecord(at, "slack", "question", "not_found", text, ("who said", "quote"))


def vote(voter: str, at: dt.datetime = NOW, verdict="helpful") -> FeedbackRecord:
    return FeedbackRecord(at, "discord", verdict, "quote:rutte-tirana-2025-no-one-stands-alone", "who said no one stands alone", voter)


def test_questions_come_back_as_recorded_oldest_first(question_log):
    answered = QuestionRecord(NOW, "discord", "quote", "answered", items=("quote:a", "event:b"))
    question_log.add_question(missed("who is elvis", NOW + dt.timedelta(seconds=1)))
    question_log.add_question(answered)
    assert question_log.questions() == [answered, missed("who is elvis", NOW + dt.timedelta(seconds=1))]
    assert question_log.questions(since=NOW + dt.timedelta(seconds=1)) == [missed("who is elvis", NOW + dt.timedelta(seconds=1))]


def test_one_vote_per_voter_and_answer(question_log):
    assert question_log.add_feedback(vote("v1")) is True
    assert question_log.add_feedback(vote("v1", verdict="not_right")) is False
    assert question_log.add_feedback(vote("v2")) is True
    assert [f.voter for f in question_log.feedback()] == ["v1", "v2"]


def test_the_salt_is_made_once_and_kept(location):
    first = open_question_log(location)
    salt = first.salt()
    first.close()
    second = open_question_log(location)
    assert second.salt() == salt and len(salt) == 32
    second.close()


def test_forgetting_removes_only_older_records(question_log):
    old, new = NOW - dt.timedelta(days=100), NOW
    question_log.add_question(missed("old", old))
    question_log.add_question(missed("new", new))
    question_log.add_feedback(vote("v1", old))
    assert question_log.forget_before(NOW - dt.timedelta(days=90)) == 2
    assert [q.question for q in question_log.questions()] == ["new"] and question_log.feedback() == []


def test_an_unreachable_postgres_is_one_line_without_the_password():
    with pytest.raises(StoreError) as raised:
        open_question_log("postgresql://cyberbot:s3cret@127.0.0.1:9/nowhere?connect_timeout=1")
    message = str(raised.value)
    assert "s3cret" not in message and "\n" not in message and message.startswith("cannot open the question log")


def test_console_questions_land_in_postgres_and_insights_reads_them_there(postgres_url, tmp_path):
    env = os.environ | {"CYBERBOT_DB": postgres_url, "XDG_STATE_HOME": str(tmp_path)}
    asked = subprocess.run([sys.executable, "-m", "bot", "console"], input="who is elvis presley\nwho is elvis presly\n",
                           capture_output=True, text=True, cwd=REPO, env=env)
    assert asked.returncode == 0, asked.stderr
    insights = subprocess.run([sys.executable, "-m", "bot", "insights", "--json"], capture_output=True, text=True,
                              cwd=REPO, env=env)
    assert insights.returncode == 0, insights.stderr
    assert json.loads(insights.stdout)["missed"] == [
        {"question": "who is elvis presley", "count": 2, "examples": ["who is elvis presly"]}]
    assert list(tmp_path.rglob("*.db")) == []  # nothing went to a SQLite file beside it


def test_a_batch_of_questions_is_written_together(question_log):
    batch = [missed(f"question {n}", NOW + dt.timedelta(seconds=n)) for n in range(3)]
    question_log.add_questions(batch)
    assert question_log.questions() == batch
