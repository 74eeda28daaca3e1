"""Slack events in HTTP mode: mentions in channels and direct messages, through real slack-bolt.

Signed requests go to the real app; only Slack's Web API is a stand-in
(``fakes.fake_slack``). Where a test shows that something is *not* answered,
the harness answers events in turn and a later event's answer is the
sentinel: once it is posted, the earlier events have been handled.
"""

from __future__ import annotations

import time

import pytest
from fakes.bots import RecordingBot, exploding, shipped_bot
from fakes.fake_slack import BOT_USER, block_kit_problems
from fakes.slack_harness import HOSTILE, SlackHarness, assert_safe, slack_escaped


@pytest.fixture
def harness():
    """The real core, answering events as they come (several at once)."""
    with SlackHarness(shipped_bot(), {"CYBERBOT_RATE_LIMIT": "100/10"}) as h:
        yield h


def mention(text: str, ts: str, **extra) -> dict:
    return {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> {text}", "ts": ts, "channel": "C1",
            "event_ts": ts, **extra}


def test_mention_is_answered_in_a_thread_under_it(harness):
    event = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> quote stoltenberg", "ts": "1700.1",
             "channel": "C1", "event_ts": "1700.1"}
    assert harness.event(event) == 200
    (post,) = harness.slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "C1" and post.body["thread_ts"] == "1700.1"
    assert post.body["link_names"] is False and post.body["unfurl_links"] is False
    assert post.headers["Authorization"].startswith("Bearer xoxb-")
    assert "Stoltenberg" in post.body["text"]
    assert block_kit_problems(post.body) == []


def test_mention_inside_a_thread_answers_in_that_thread(harness):
    event = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> help", "ts": "1700.9",
             "thread_ts": "1700.1", "channel": "C1", "event_ts": "1700.9"}
    harness.event(event)
    (post,) = harness.slack.wait_for("chat.postMessage")
    assert post.body["thread_ts"] == "1700.1"


def test_hostile_mention_is_answered_safely(harness):
    event = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> {slack_escaped(HOSTILE)} <!channel>",
             "ts": "1.1", "channel": "C1", "event_ts": "1.1"}
    harness.event(event)
    calls = harness.slack.wait_for("chat.postMessage") + harness.slack.calls_to("chat.postEphemeral")
    for call in calls:
        assert_safe(call.raw)
        assert block_kit_problems(call.body) == []


def test_direct_message_is_answered_in_the_dm(harness):
    event = {"type": "message", "channel_type": "im", "user": "U1", "text": "quote rutte", "ts": "5.5",
             "channel": "D1", "event_ts": "5.5"}
    harness.event(event)
    (post,) = harness.slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "D1" and "thread_ts" not in post.body
    assert "Rutte" in post.body["text"]


def test_the_bots_own_messages_and_edits_are_ignored():
    own = {"type": "message", "channel_type": "im", "user": BOT_USER, "bot_id": "B1", "text": "help", "ts": "6.6",
           "channel": "D1"}
    edit = {"type": "message", "channel_type": "im", "subtype": "message_changed", "ts": "6.7", "channel": "D1"}
    sentinel = {"type": "message", "channel_type": "im", "user": "U1", "text": "quote rutte", "ts": "6.8", "channel": "D1"}
    with SlackHarness(shipped_bot(), in_turn=True) as h:
        assert h.event(own, "Ev-own") == 200 and h.event(edit, "Ev-edit") == 200
        h.event(sentinel, "Ev-sentinel")
        h.slack.wait_for("chat.postMessage")
        posts = h.slack.calls_to("chat.postMessage")
    assert len(posts) == 1 and "Rutte" in posts[0].body["text"]


def test_a_mention_from_another_bot_is_ignored_and_a_person_is_answered():
    """As in DMs, and as on Discord: two bots cannot answer each other for ever."""
    with SlackHarness(shipped_bot(), in_turn=True) as h:
        assert h.event({**mention("help", "1.1"), "user": "U2", "bot_id": "B2"}, "EvBot") == 200
        assert h.event(mention("help", "2.2"), "EvPerson") == 200
        h.slack.wait_for("chat.postMessage")
        posts = h.slack.calls_to("chat.postMessage")
        assert h.slack.calls_to("chat.postEphemeral") == []
    assert [c.body["thread_ts"] for c in posts] == ["2.2"]


def test_an_event_slack_delivers_twice_is_answered_once():
    with SlackHarness(shipped_bot(), in_turn=True) as h:
        first = h.event(mention("help", "3.3"), "EvSame")
        retry = h.event(mention("help", "3.3"), "EvSame", timestamp=int(time.time()) + 1)  # Slack signs each retry anew
        assert (first, retry) == (200, 200)
        h.event(mention("help", "3.4"), "EvOther")
        h.slack.wait_for("chat.postMessage", 2)
        posts = h.slack.calls_to("chat.postMessage")
    assert [c.body["thread_ts"] for c in posts] == ["3.3", "3.4"]


def test_the_mention_reaches_the_core_as_written_and_the_core_drops_it():
    recording = RecordingBot()
    with SlackHarness(recording) as h:
        h.event(mention("quote rutte &amp; more", "4.4"), "EvAsIs")
        (post,) = h.slack.wait_for("chat.postMessage")
    [request] = recording.requests
    assert (request.text, request.bot_user, request.addressed_text) == (
        f"<@{BOT_USER}> quote rutte & more", BOT_USER, "quote rutte & more")
    assert "Rutte" in post.body["text"]


def test_handler_exception_in_a_mention_is_answered_privately():
    with SlackHarness(RecordingBot(exploding)) as h:
        h.event({"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> hi", "ts": "1.1", "channel": "C1"})
        (notice,) = h.slack.wait_for("chat.postEphemeral")
    assert notice.body["user"] == "U1" and notice.body["text"].startswith("Something went wrong")


def test_429_from_slack_is_retried_after_retry_after(harness):
    harness.slack.rate_limit_next("chat.postMessage", retry_after=1)
    harness.event({"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> help", "ts": "2.2", "channel": "C1"})
    first, second = harness.slack.wait_for("chat.postMessage", 2, timeout=10)
    assert second.at - first.at >= 0.9
    assert second.body == first.body
