"""Recording what was asked and missed: real SQLite, the real console and CLI as subprocesses."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.curation.feedback import NOT_RECORDED
from bot.curation.insights import group_missed
from bot.curation.recorder import Recorder, RecordingSettings
from bot.curation.records import QuestionRecord, normalise_question
from bot.curation.sqlite_log import SqliteQuestionLog
from bot.errors import StoreError
from bot.reply import Reply
from bot.request import EVERY_ROLE, Request
from bot.service import Bot

REPO = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


def cyberbot(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=REPO, env=os.environ | env)


def every_value(db: Path) -> list[str]:
    """Every text value in every table of the database."""
    with sqlite3.connect(db) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [str(value) for table in tables for row in connection.execute(f"SELECT * FROM {table}") for value in row]


def bot_with_log(db: Path, clock=lambda: NOW, **settings) -> Bot:
    bot = Bot.from_path(None, clock=clock)
    bot.recorder = Recorder(lambda: SqliteQuestionLog.open(db), RecordingSettings(**settings))
    return bot


def test_questions_asked_in_the_console_show_up_in_insights_grouped(tmp_path):
    db = str(tmp_path / "state.db")
    questions = "who is elvis presley\nWho is Elvis Presley?\nwho is elvis presly\nqoute rutte\nquote rutte\n"
    assert cyberbot("console", stdin=questions, CYBERBOT_DB=db).returncode == 0
    result = cyberbot("insights", "--json", CYBERBOT_DB=db)
    assert result.returncode == 0, result.stderr
    insights = json.loads(result.stdout)
    assert insights["missed"] == [
        {"question": "who is elvis presley", "count": 3, "examples": ["who is elvis presly"]},
        {"question": "qoute rutte", "count": 1, "examples": []},
    ]
    [asked] = insights["most_asked"]  # "quote rutte" picks the day's quote by Rutte
    assert asked["item"].startswith("quote:rutte-") and asked["count"] == 1
    assert sum(insights["per_day"].values()) == 5
    csv_lines = cyberbot("insights", "--csv", CYBERBOT_DB=db).stdout.splitlines()
    assert csv_lines[:2] == ["section,what,count,details", "missed,who is elvis presley,3,who is elvis presly"]


def test_nothing_in_the_store_identifies_a_user(tmp_path):
    db = tmp_path / "state.db"
    bot = bot_with_log(db)
    for text, platform in (("<@U0SECRET> who is elvis presley", "slack"), ("@alice.smith who is elvis", "discord")):
        bot.handle(Request(text, platform=platform, workspace="T0WORKSPACE", channel="C0CHANNEL", user="U0SECRET"))
    assert bot.recorder.flush()
    values = " ".join(every_value(db))
    assert "who is elvis presley" in values
    for secret in ("U0SECRET", "T0WORKSPACE", "C0CHANNEL", "alice"):
        assert secret not in values


def test_with_recording_and_feedback_off_nothing_is_written(tmp_path):
    db = tmp_path / "state.db"
    result = cyberbot("console", stdin="who is elvis presley\n", CYBERBOT_DB=str(db),
                      CYBERBOT_RECORD_QUESTIONS="off", CYBERBOT_FEEDBACK="off")
    assert result.returncode == 0
    assert not db.exists()


def test_recording_off_alone_writes_no_question(tmp_path):
    db = tmp_path / "state.db"
    bot = bot_with_log(db, questions=False)
    bot.handle(Request("who is elvis presley", platform="slack"))
    assert bot.recorder.flush()
    assert not db.exists()


def test_records_older_than_the_kept_days_are_deleted(tmp_path):
    db = tmp_path / "state.db"
    question_log = SqliteQuestionLog.open(db)
    for days_ago in (6, 4):
        question_log.add_question(QuestionRecord(NOW - dt.timedelta(days=days_ago), "slack", "question", "not_found", f"old {days_ago}"))
    bot = bot_with_log(db, days=5)
    bot.handle(Request("who is elvis presley", platform="slack"))
    assert bot.recorder.flush()
    assert [q.question for q in question_log.questions()] == ["old 4", "who is elvis presley"]


def test_a_bad_kept_days_setting_is_one_line():
    result = cyberbot("console", stdin="", CYBERBOT_RECORD_DAYS="ninety")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "cyberbot: CYBERBOT_RECORD_DAYS must be a whole number of days above 0, not 'ninety'\n"


def test_an_unwritable_store_costs_no_answer(tmp_path, caplog):
    bot = bot_with_log(tmp_path)  # a directory, not a database file
    for _ in range(2):
        assert bot.handle(Request("who is elvis presley", platform="slack")).kind == "not_found"
    assert bot.recorder.flush()
    assert len([r for r in caplog.records if "not being recorded" in r.getMessage()]) == 1


def test_an_answer_never_waits_for_the_question_log(tmp_path):
    """A log that hangs (a database that stopped answering) holds up records, not answers."""
    release, opened = threading.Event(), threading.Event()

    def hanging_log():
        opened.set()
        release.wait()
        return SqliteQuestionLog.open(tmp_path / "state.db")

    bot = Bot.from_path(None, clock=lambda: NOW)
    bot.recorder = Recorder(hanging_log, RecordingSettings())
    assert bot.handle(Request("who is elvis presley", platform="slack")).kind == "not_found"
    assert opened.wait(5)  # the writer is stuck inside the log ...
    assert bot.handle(Request("who is elvis presly", platform="slack")).kind == "not_found"  # ... and answers go on
    assert bot.recorder.flush(timeout=0.05) is False
    release.set()
    assert bot.recorder.flush()
    assert [q.question for q in bot.recorder.question_log().questions()] == ["who is elvis presley", "who is elvis presly"]


def test_a_log_that_cannot_be_opened_is_tried_again_only_after_a_while(tmp_path):
    attempts, clock = [], [0.0]

    def unreachable():
        attempts.append(clock[0])
        raise StoreError("cannot open the question log postgresql://cyberbot@db/cyberbot: connection refused")

    recorder = Recorder(unreachable, RecordingSettings(), retry_after=30, monotonic=lambda: clock[0])
    for seconds in (0, 1, 29, 31):
        clock[0] = seconds
        recorder.observe(Request("who is elvis presley", platform="slack"), Reply("not_found", "Nothing about elvis"), NOW)
        assert recorder.flush()
    assert attempts == [0, 31]
    clock[0] = 32
    assert recorder.rate("slack", "U1", json.dumps({"a": "quote:q1", "q": "who said it"}), "helpful", NOW) == NOT_RECORDED
    assert attempts == [0, 31]  # a click in the back-off is answered at once too


@pytest.mark.parametrize(("text", "expected"), [
    ("<@U123> Who said  MARS?", "who said mars"),
    ("/cyber quote @bob rutte", "quote rutte"),
    ("x" * 500, "x" * 300),
])
def test_questions_are_normalised(text, expected):
    assert normalise_question(text) == expected


def test_missed_questions_group_by_similar_wording():
    groups = group_missed(["next summit", "when is the next summit", "when is the next summit?", "who is bob",
                           "when is the next summit"])
    assert [(g.question, g.count) for g in groups][:1] == [("when is the next summit", 3)]
    assert {g.question for g in groups} >= {"who is bob"}


def test_the_insights_chat_command_is_for_admins_and_fits_a_message(tmp_path):
    bot = bot_with_log(tmp_path / "state.db")
    for number in range(300):
        bot.handle(Request(f"who is person number {number} of many", platform="discord"))
    assert bot.handle(Request("insights", platform="discord")).kind == "denied"
    reply = bot.handle(Request("insights", platform="discord", roles=EVERY_ROLE))
    text = reply.blocks[0].text
    assert reply.kind == "answer" and len(text) <= 2000
    assert text.startswith("Insights in the kept records: 300 questions.")
    assert bot.handle(Request("insights since 2026-12-02", platform="discord", roles=EVERY_ROLE)).blocks[0].text == (
        "Insights since 2026-12-02: 0 questions. Nothing recorded yet."
    )


def test_about_says_what_is_kept():
    reply = Bot.from_path(None).handle(Request("about"))
    assert any("Never who asked" in block.text for block in reply.blocks)


def test_feedback_is_counted_once_per_person_and_answer_and_keeps_no_user_id(tmp_path):
    from bot.curation.feedback import ALREADY, THANKS, feedback_value
    from bot.curation.insights import build_insights

    db = tmp_path / "state.db"
    bot = bot_with_log(db)
    reply = bot.handle(Request("quote no one stands alone", platform="slack"))
    value = feedback_value("quote no one stands alone", reply)
    assert bot.recorder.rate("slack", "U0ALICE", value, "not_right", NOW) == THANKS["not_right"]
    assert bot.recorder.rate("slack", "U0ALICE", value, "not_right", NOW) == ALREADY
    assert bot.recorder.rate("slack", "U0BOB", value, "not_right", NOW) == THANKS["not_right"]
    assert bot.recorder.rate("discord", "U0ALICE", value, "helpful", NOW) == THANKS["helpful"]
    assert bot.recorder.rate("slack", "U0ALICE", "{not json", "helpful", NOW).startswith("Sorry")
    question_log = bot.recorder.question_log()
    [row] = build_insights(question_log.questions(), question_log.feedback()).not_right
    assert (row.answer, row.count, row.helpful, row.questions) == (
        "quote:rutte-tirana-2025-no-one-stands-alone", 2, 1, ("quote no one stands alone",))
    values = " ".join(every_value(db))
    assert "U0ALICE" not in values and "U0BOB" not in values
