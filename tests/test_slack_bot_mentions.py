"""Slack: a mention posted by another bot is not answered (as in DMs, and as on Discord), so two bots cannot loop."""

from __future__ import annotations

import time

import pytest
from fakes.fake_slack import BOT_USER
from fakes.slack_harness import SlackHarness

from bot.service import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None)


def test_a_mention_from_another_bot_is_ignored_and_a_person_is_answered(bot):
    with SlackHarness(bot) as harness:
        from_bot = {"type": "app_mention", "user": "U2", "bot_id": "B2", "text": f"<@{BOT_USER}> help", "ts": "1.1",
                    "channel": "C1", "event_ts": "1.1"}
        from_person = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> help", "ts": "2.2",
                       "channel": "C1", "event_ts": "2.2"}
        assert harness.event(from_bot, "EvBot") == 200
        assert harness.event(from_person, "EvPerson") == 200
        (post,) = harness.slack.wait_for("chat.postMessage")
        time.sleep(0.3)  # time for a second answer, were one coming
        assert [c.body["thread_ts"] for c in harness.slack.calls_to("chat.postMessage")] == ["2.2"]
        assert harness.slack.calls_to("chat.postEphemeral") == []
