"""Slash commands and buttons in HTTP mode: signed requests → real slack-bolt → our listeners → a fake Slack.

The bot is the real one on the shipped knowledge; only Slack's Web API and
``response_url`` are stand-ins (``fakes.fake_slack``). The server's own
behaviour (a pool of threads, idle connections, bursts) is here too.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time

import pytest
from fakes.bots import RecordingBot, exploding
from fakes.fake_slack import (
    SIGNING_SECRET,
    block_kit_problems,
    post_signed,
    slash_command_body,
)
from fakes.knowledge_files import TIRANA_CONFERENCE, TIRANA_MOVED, knowledge_copy
from fakes.slack_harness import (
    HOSTILE,
    SlackHarness,
    assert_safe,
    buttons,
    slack_escaped,
)

from adapters.slack import render as slack_render
from adapters.slack.http_server import make_http_server
from bot.request import Request
from bot.answering import as_typed
from bot.service import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None)


@pytest.fixture
def harness(bot):
    with SlackHarness(bot, {"CYBERBOT_RATE_LIMIT": "100/10"}) as h:
        yield h


@pytest.mark.parametrize("text", ["quote rutte", "help", "events", "event tirana", "pledges", "pledge", "who rutte",
                                  "search cyber defence pledge", "today 2026-11-10", "sources", "about",
                                  "when was the Tirana conference?", "zzzz nothing matches qqqq", "events 2024"])
def test_slash_command_is_answered_in_the_ack_with_valid_block_kit(harness, text):
    status, body = harness.command(text)
    assert status == 200
    assert body["response_type"] == "ephemeral"
    assert block_kit_problems(body) == []
    assert body["blocks"][0]["type"] == "header"


def test_quote_answer_is_private_with_a_share_button(harness):
    status, body = harness.command("quote rutte")
    assert status == 200 and body["response_type"] == "ephemeral"
    assert "Rutte" in body["text"]
    assert buttons(body)["Share in channel"]["value"] == "quote rutte"
    assert body["unfurl_links"] is False and body["unfurl_media"] is False


def test_share_button_posts_publicly_and_deletes_the_private_answer(harness):
    _, private = harness.command("quote rutte")
    status, hook = harness.click(buttons(private)["Share in channel"])
    assert status == 200
    posted, deleted = harness.slack.wait_for("response_url", 2)
    assert posted.path == deleted.path == hook.removeprefix(harness.slack.url)
    assert posted.body["response_type"] == "in_channel" and posted.body["replace_original"] is False
    assert posted.body["blocks"][0] == private["blocks"][0]
    assert "Share in channel" not in json.dumps(posted.body)
    assert deleted.body["delete_original"] is True and "blocks" not in deleted.body
    assert deleted.at >= posted.at


def test_share_prefix_answers_in_channel_at_once(harness):
    status, body = harness.command("share quote rutte")
    assert body["response_type"] == "in_channel"
    assert "Share in channel" not in buttons(body)


def test_public_by_default_setting(bot):
    with SlackHarness(bot, {"CYBERBOT_SLACK_PUBLIC": "1"}) as h:
        _, body = h.command("quote rutte")
    assert body["response_type"] == "in_channel"


def test_share_of_an_error_stays_private(harness):
    _, body = harness.command("share quotes")  # "quotes" needs a speaker: a usage reply
    assert body["response_type"] == "ephemeral"


def test_suggestion_button_runs_its_command_privately_for_the_clicker(harness):
    _, body = harness.command("quote rutte")
    suggestion = next(b for text, b in buttons(body).items() if text != "Share in channel")
    harness.click(suggestion, user="U2")
    (answer,) = harness.slack.wait_for("response_url")
    assert answer.body["response_type"] == "ephemeral" and answer.body["replace_original"] is False
    assert block_kit_problems(answer.body) == []
    assert buttons(answer.body)["Share in channel"]["value"] == suggestion["value"]


def test_hostile_slash_command_text_is_answered_safely(harness):
    status, body = harness.command(slack_escaped(HOSTILE))
    assert status == 200
    assert block_kit_problems(body) == []
    raw = json.dumps(body, ensure_ascii=False)
    assert_safe(raw)
    assert "\x00" not in raw and "\x1b" not in raw


def test_escaping_check_fails_when_escaping_is_switched_off(harness, monkeypatch):
    """Negative control: without escape() the same request does leak a ping, and the check sees it. The core reads
    a mention of someone as "my colleague" (``bot.answering.chat_marks``), so that reading is switched off too: the
    renderer's escaping alone must stop a ping that reaches a reply."""
    monkeypatch.setattr(slack_render, "escape", lambda text: text)
    monkeypatch.setattr(as_typed, "without_chat_marks", lambda text: text)
    _, body = harness.command(slack_escaped("search <!channel> <@U123>"))
    with pytest.raises(AssertionError):
        assert_safe(json.dumps(body, ensure_ascii=False))


def test_empty_slash_command_gets_an_answer(harness):
    status, body = harness.command("")
    assert status == 200 and block_kit_problems(body) == []
    assert "cyberbot commands" in json.dumps(body)


def test_wrong_signature_is_refused_and_nothing_is_posted(harness):
    status, body = harness.command("quote rutte", secret="not-the-secret")
    assert status == 401 and body == {"error": "invalid request"}
    assert [c.method for c in harness.slack.calls] == ["auth.test"]


@pytest.mark.parametrize("forgery", [{"secret": "not-the-secret"}, {"timestamp": int(time.time()) - 6 * 60}])
def test_a_forged_slash_command_never_reaches_the_bot(bot, forgery):
    """The slash command is answered by a middleware: Bolt's signature check must run before it."""
    recording = RecordingBot(core=bot)
    with SlackHarness(recording) as h:
        refused, _ = h.command("quote rutte", **forgery)
        accepted, _ = h.command("quote stoltenberg")
    assert (refused, accepted) == (401, 200)
    assert recording.asked == ["quote stoltenberg"]


def test_stale_timestamp_is_refused_and_nothing_is_posted(harness):
    status, _ = harness.command("quote rutte", timestamp=int(time.time()) - 6 * 60)
    assert status == 401
    assert [c.method for c in harness.slack.calls] == ["auth.test"]


def test_rate_limit_gives_a_polite_private_answer(bot):
    with SlackHarness(bot, {"CYBERBOT_RATE_LIMIT": "2/60"}) as h:
        answers = [h.command("quote rutte")[1] for _ in range(3)]
        other_user = h.command("quote rutte", user="U2")[1]
    assert "Rutte" in answers[1]["text"]
    assert answers[2]["response_type"] == "ephemeral"
    assert answers[2]["text"].startswith("You're asking faster than I can keep up: please wait")
    assert "Rutte" in other_user["text"]


def test_handler_exception_gives_a_friendly_private_answer_and_a_log_line(caplog):
    with SlackHarness(RecordingBot(exploding)) as h:
        status, body = h.command("quote rutte")
    assert status == 200 and body["response_type"] == "ephemeral"
    assert body["text"].startswith("Something went wrong; it has been logged (request id ")
    rid = body["text"].rsplit(" ", 1)[1].rstrip(").")
    assert any(rid in r.getMessage() and r.exc_info for r in caplog.records)


def test_a_repeated_question_gets_the_same_answer_and_a_reload_a_fresh_one(tmp_path):
    """The Bot's reply memo and the adapter's rendered-message memo both give way to a reload."""
    knowledge = knowledge_copy(tmp_path)
    with SlackHarness(Bot.from_path(str(knowledge)), {"CYBERBOT_SLACK_ADMINS": "UADMIN"}) as h:
        _, first = h.command(TIRANA_CONFERENCE)
        _, again = h.command(TIRANA_CONFERENCE, user="U2")
        knowledge.write_text(TIRANA_MOVED, encoding="utf-8")
        _, reloaded = h.command("reload", user="UADMIN")
        _, after = h.command(TIRANA_CONFERENCE)
    assert again == first and "Where: Tirana, Albania" in first["text"]
    assert reloaded["text"].startswith("Knowledge reloaded")
    assert "Where: Durres, Albania" in after["text"] and block_kit_problems(after) == []
    assert "Durres" in json.dumps(after["blocks"])


def test_configured_command_name_is_the_one_registered(bot):
    with SlackHarness(bot, {"CYBERBOT_SLACK_COMMAND": "/nato"}) as h:
        status, body = h.command("help")
    assert status == 200 and "/nato" in json.dumps(body)


def test_another_slash_command_is_left_to_bolt(bot):
    """Only the configured command is answered: another one goes on to Bolt, which has no listener for it."""
    recording = RecordingBot(core=bot)
    with SlackHarness(recording, {"CYBERBOT_SLACK_COMMAND": "/nato"}) as h:
        body = slash_command_body("help", h.new_response_url(), command="/cyber")
        status, _ = post_signed(h.url, body, "application/x-www-form-urlencoded")
    assert status == 404 and recording.asked == []


def test_a_slow_request_does_not_hold_up_the_others(bot):
    entered, release = threading.Event(), threading.Event()

    def slow_then_fast(request):
        if request.text == "slow":
            entered.set()
            release.wait(5)
        return bot.handle(Request("help"))

    with SlackHarness(RecordingBot(slow_then_fast, core=bot)) as h:
        pending = threading.Thread(target=h.command, args=("slow",))
        pending.start()
        assert entered.wait(5)
        status, _ = h.command("fast")
        still_waiting = pending.is_alive()
        release.set()
        pending.join(10)
    assert status == 200 and still_waiting


def test_a_burst_of_connections_waits_for_the_server_instead_of_being_dropped(harness):
    """socketserver's backlog of 5 would drop the rest of a burst's SYNs: Slack's retry comes a second later."""
    server = make_http_server(harness.app, "127.0.0.1", 0, signing_secret=SIGNING_SECRET)  # listening, not yet accepting
    try:
        connected = []
        for _ in range(20):
            with contextlib.suppress(OSError):
                connected.append(socket.create_connection(("127.0.0.1", server.server_port), timeout=0.5))
        assert len(connected) == 20
    finally:
        for connection in connected:
            connection.close()
        server.server_close()
