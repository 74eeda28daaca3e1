"""Feedback buttons in Slack: real slack-bolt on signed requests, a fake Slack Web API, real SQLite."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from fakes.fake_slack import block_kit_problems
from fakes.slack_harness import SlackHarness, buttons

from bot.curation.feedback import ALREADY, THANKS
from bot.curation.insights import build_insights
from bot.curation.recorder import Recorder, RecordingSettings
from bot.curation.sqlite_log import SqliteQuestionLog
from bot.service import Bot

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


def slack_bot(db, **settings) -> Bot:
    bot = Bot.from_path(None, clock=lambda: NOW)
    bot.recorder = Recorder(lambda: SqliteQuestionLog.open(db), RecordingSettings(**settings))
    return bot


@pytest.fixture
def db(tmp_path):
    return tmp_path / "state.db"


def private_texts(harness, count: int) -> list[str]:
    calls = harness.slack.wait_for("response_url", count=count)
    assert all(c.body["response_type"] == "ephemeral" and c.body["replace_original"] is False for c in calls)
    return [c.body["text"] for c in calls]


def test_not_right_is_recorded_once_per_person_with_a_private_thanks(db):
    with SlackHarness(slack_bot(db)) as harness:
        _, body = harness.command("quote no one stands alone")
        assert block_kit_problems(body) == []
        not_right = buttons(body)["Not right"]
        assert "Helpful" in buttons(body)
        for user in ("U2", "U2", "U3"):
            harness.click(not_right, user=user)
        texts = private_texts(harness, 3)
    assert sorted(texts) == sorted([THANKS["not_right"], ALREADY, THANKS["not_right"]])
    question_log = SqliteQuestionLog.open(db)
    [row] = build_insights(question_log.questions(), question_log.feedback()).not_right
    assert (row.answer, row.count, row.questions) == ("quote:rutte-tirana-2025-no-one-stands-alone", 2, ("quote no one stands alone",))
    with sqlite3.connect(db) as connection:
        voters = [r[0] for r in connection.execute("SELECT voter FROM curation_feedback")]
    assert len(voters) == 2 and not any("U2" in v or "U3" in v for v in voters)


def test_with_feedback_off_there_are_no_buttons_and_nothing_is_written(db):
    with SlackHarness(slack_bot(db, feedback=False, questions=False)) as harness:
        _, body = harness.command("quote no one stands alone")
    assert "Not right" not in buttons(body) and "Helpful" not in buttons(body)
    assert not db.exists()


def test_a_not_found_reply_gets_no_feedback_buttons(db):
    with SlackHarness(slack_bot(db)) as harness:
        _, body = harness.command("who is elvis presley")
    assert "Not right" not in buttons(body)


def test_a_forged_feedback_value_records_nothing(db):
    with SlackHarness(slack_bot(db)) as harness:
        harness.click({"action_id": "cyber_feedback_not_right", "value": "<!channel> {\"a\": 5}"}, user="U9")
        [text] = private_texts(harness, 1)
    assert text.startswith("Sorry") and "<!channel>" not in text
    assert SqliteQuestionLog.open(db).feedback() == []
