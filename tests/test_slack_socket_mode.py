"""Socket Mode against a local websocket: the same app, acks carrying the answer, events answered."""

from __future__ import annotations

import json

import pytest
from fakes.fake_slack import (
    APP_TOKEN,
    BOT_TOKEN,
    BOT_USER,
    TEAM,
    FakeSlack,
    block_kit_problems,
    mention_tokens,
)
from fakes.fake_slack_socket import FakeSocketMode
from slack_bolt.adapter.socket_mode import SocketModeHandler

from adapters.slack.app import build_app
from adapters.slack.settings import read_settings
from bot.service import Bot


@pytest.fixture(scope="module")
def socket_mode():
    with FakeSlack() as slack, FakeSocketMode() as socket:
        slack.ws_url = socket.url
        settings = read_settings({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_URL": slack.api_url})
        handler = SocketModeHandler(build_app(Bot.from_path(None), settings), APP_TOKEN)
        handler.connect()
        socket.wait_connected()
        yield slack, socket
        handler.close()


def test_connection_is_opened_with_the_app_token(socket_mode):
    slack, _ = socket_mode
    (opened,) = slack.calls_to("apps.connections.open")
    assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"


def test_slash_command_answer_travels_in_the_envelope_ack(socket_mode):
    slack, socket = socket_mode
    envelope = socket.send_envelope("slash_commands", {
        "command": "/cyber", "text": "quote rutte &lt;!channel&gt;", "team_id": TEAM, "channel_id": "C1",
        "user_id": "U1", "response_url": slack.response_url("sm"), "trigger_id": "1",
    })
    ack = socket.wait_for_ack(envelope)
    payload = ack["payload"]
    assert payload["response_type"] == "ephemeral"
    assert block_kit_problems(payload) == [] and mention_tokens(json.dumps(payload)) == []
    assert "Rutte" in payload["text"]


def test_mention_over_socket_mode_is_answered_in_thread(socket_mode):
    slack, socket = socket_mode
    socket.send_envelope("events_api", {
        "type": "event_callback", "team_id": TEAM, "event_id": "EvSM", "event_time": 1,
        "event": {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> pledge", "ts": "9.9", "channel": "C2"},
    })
    post = slack.wait_for("chat.postMessage")[-1]
    assert post.body["channel"] == "C2" and post.body["thread_ts"] == "9.9"
    assert block_kit_problems(post.body) == []
