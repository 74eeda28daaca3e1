"""`cyberbot slack` as a real subprocess: settings checked at start, one line, exit 2, no secrets."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakes.fake_slack import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    post_signed,
    slash_command_body,
)
from fakes.fake_slack_socket import FakeSocketMode
from fakes.knowledge_files import TIRANA_CONFERENCE, TIRANA_MOVED, knowledge_copy
from fakes.probes import free_port, get, wait_ready

ROOT = Path(__file__).parent.parent


def clean_env() -> dict[str, str]:
    """This machine's environment, which tests/conftest.py has cleared of SLACK_* and CYBERBOT_* settings."""
    return dict(os.environ)


def run_cyberbot(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "slack", *args],
        env={**clean_env(), **env}, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
    )


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-hush123-user-token", "SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-hush123", "SLACK_APP_TOKEN": "xoxb-hush123-wrong-kind"}, "SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-hush123"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-hush123", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": "slack.com"}, "SLACK_API_URL"),
        ({"SLACK_BOT_TOKEN": "xoxb-hush123", "SLACK_SIGNING_SECRET": "s", "CYBERBOT_SLACK_COMMAND": "cyber"},
         "CYBERBOT_SLACK_COMMAND"),
        ({"SLACK_BOT_TOKEN": "xoxb-hush123", "SLACK_SIGNING_SECRET": "s", "CYBERBOT_RATE_LIMIT": "lots"},
         "CYBERBOT_RATE_LIMIT"),
    ],
)
def test_bad_settings_stop_it_with_one_line_naming_the_variable(env, variable):
    result = run_cyberbot(env)
    lines = result.stderr.splitlines()
    assert (result.returncode, result.stdout, len(lines)) == (2, "", 1), result.stderr
    assert lines[0].startswith(f"cyberbot slack: {variable}")
    assert "hush123" not in result.stderr and "Traceback" not in result.stderr


def test_missing_bot_token_says_where_to_find_one():
    result = run_cyberbot({})
    assert result.stderr == (
        "cyberbot slack: SLACK_BOT_TOKEN is not set: set it to the Bot User OAuth Token from your Slack app's "
        "OAuth & Permissions page (it starts with xoxb-)\n"
    )


def test_a_token_slack_refuses_stops_it_with_one_line():
    with FakeSlack() as slack:
        slack.fail_next("auth.test", "invalid_auth")
        result = run_cyberbot({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                               "SLACK_API_URL": slack.api_url})
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "SLACK_BOT_TOKEN was refused by Slack" in result.stderr and BOT_TOKEN not in result.stderr


def test_manifest_flag_prints_the_committed_manifest_without_any_token():
    result = run_cyberbot({}, "--manifest")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (ROOT / "adapters" / "slack" / "app-manifest.yaml").read_text(encoding="utf-8")


def test_manifest_for_http_mode_and_another_command():
    result = run_cyberbot({"CYBERBOT_SLACK_COMMAND": "/nato",
                           "CYBERBOT_SLACK_REQUEST_URL": "https://bot.example.org/slack/events"}, "--manifest")
    assert "command: /nato" in result.stdout and "url: https://bot.example.org/slack/events" in result.stdout
    assert "socket_mode_enabled: false" in result.stdout


def test_importing_the_core_does_not_import_slack():
    code = "import bot, bot.cli, bot.service, adapters.slack.render, sys; assert 'slack_bolt' not in sys.modules and 'slack_sdk' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


@contextlib.contextmanager
def http_mode(slack: FakeSlack, **env: str):
    """``cyberbot slack --port 0`` in HTTP mode against ``slack``; yields its /slack/events URL."""
    env = {**clean_env(), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": slack.api_url, "CYBERBOT_SLACK_HOST": "127.0.0.1", **env}
    process = subprocess.Popen([sys.executable, "-m", "bot", "slack", "--port", "0"], env=env, cwd=ROOT,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        while line and not line.startswith("cyberbot slack:"):  # log lines before it (a broken knowledge file)
            line = process.stderr.readline()
        assert line.startswith("cyberbot slack: listening on http://127.0.0.1:"), line
        yield line.split(" on ", 1)[1].split(";", 1)[0]
    finally:
        process.terminate()
        process.wait(10)


def ask(slack: FakeSlack, url: str, text: str) -> tuple[int, str]:
    """A signed ``/cyber text``: (status, the acknowledgement's fallback text)."""
    body = slash_command_body(text, slack.response_url())
    status, answer = post_signed(url, body, "application/x-www-form-urlencoded")
    return status, json.loads(answer)["text"] if status == 200 else answer


def test_http_mode_serves_signed_commands_and_probes_until_stopped():
    """The whole `cyberbot slack` process: settings, knowledge, auth.test, the server, its probes."""
    with FakeSlack() as slack, http_mode(slack) as url:
        status, answer = ask(slack, url, "quote rutte")
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        probes = get(port, "/healthz"), get(port, "/readyz")
        metrics = get(port, "/metrics")[1]
    assert status == 200 and "Rutte" in answer
    assert probes == ((200, "ok\n"), (200, "ready\n"))
    assert 'cyberbot_requests_total{command="quote",outcome="answered",platform="slack"} 1.0' in metrics
    assert 'cyberbot_knowledge_entries{kind="quotes"}' in metrics
    assert "rutte" not in metrics.lower() and "U1" not in metrics  # no message text, no user ids
    assert [c.method for c in slack.calls] == ["auth.test"]


def test_http_mode_answers_from_the_knowledge_file_once_it_is_edited(tmp_path):
    """Live reload is on: the watcher sees the edit, and no memoised answer outlives it."""
    knowledge = knowledge_copy(tmp_path)
    settings = {"CYBERBOT_KNOWLEDGE": str(knowledge), "CYBERBOT_RATE_LIMIT": "1000/10"}
    with FakeSlack() as slack, http_mode(slack, **settings) as url:
        _, before = ask(slack, url, TIRANA_CONFERENCE)
        knowledge.write_text(TIRANA_MOVED, encoding="utf-8")
        deadline = time.monotonic() + 20
        after = before
        while "Durres" not in after and time.monotonic() < deadline:
            time.sleep(0.2)
            _, after = ask(slack, url, TIRANA_CONFERENCE)
    assert "Tirana, Albania" in before
    assert "Durres, Albania" in after


def test_an_app_token_slack_refuses_stops_socket_mode_with_one_line():
    with FakeSlack() as slack:
        slack.fail_next("apps.connections.open", "invalid_auth")
        result = run_cyberbot({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_URL": slack.api_url})
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "cyberbot slack: SLACK_APP_TOKEN was refused by Slack (invalid_auth): create an app-level token "
        "with the connections:write scope and turn Socket Mode on\n"
    )
    assert APP_TOKEN not in result.stderr and "Traceback" not in result.stderr


def test_socket_mode_process_answers_over_the_websocket_and_its_health_port():
    """The whole `cyberbot slack` process in Socket Mode, against a local websocket, probed on --health-port."""
    port = free_port()
    with FakeSlack() as slack, FakeSocketMode() as socket:
        slack.ws_url = socket.url
        env = {**clean_env(), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_URL": slack.api_url,
               "CYBERBOT_HEALTH_PORT": str(port)}
        process = subprocess.Popen([sys.executable, "-m", "bot", "slack"], env=env, cwd=ROOT,
                                   stderr=subprocess.DEVNULL)
        try:
            socket.wait_connected(timeout=30)
            envelope = socket.send_envelope("slash_commands", {
                "command": "/cyber", "text": "pledge", "team_id": "T1", "channel_id": "C1", "user_id": "U1",
                "response_url": slack.response_url(), "trigger_id": "1",
            })
            ack = socket.wait_for_ack(envelope)
            ready, healthy = wait_ready(port), get(port, "/healthz")
        finally:
            process.terminate()
            process.wait(10)
    assert ack["payload"]["response_type"] == "ephemeral" and "Pledge" in ack["payload"]["text"]
    assert (ready, healthy) == ((200, "ready\n"), (200, "ok\n"))


def test_json_logs_are_one_object_per_line_and_keep_tokens_and_messages_out():
    """CYBERBOT_LOG_FORMAT=json: every log line parses, and neither a token nor what a user wrote leaks (at info level)."""
    with FakeSlack() as slack, FakeSocketMode() as socket:
        slack.ws_url = socket.url
        env = {**clean_env(), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_URL": slack.api_url,
               "CYBERBOT_LOG_FORMAT": "json", "CYBERBOT_LOG_LEVEL": "info"}
        process = subprocess.Popen([sys.executable, "-m", "bot", "slack"], env=env, cwd=ROOT,
                                   stderr=subprocess.PIPE, text=True)
        try:
            socket.wait_connected(timeout=30)
            envelope = socket.send_envelope("slash_commands", {
                "command": "/cyber", "text": "qoute secret words", "team_id": "T1", "channel_id": "C1", "user_id": "U1",
                "response_url": slack.response_url(), "trigger_id": "1",
            })
            socket.wait_for_ack(envelope)
        finally:
            process.terminate()
            _, stderr = process.communicate(timeout=10)
    lines = [line for line in stderr.splitlines() if line.startswith("{")]
    assert lines, stderr
    records = [json.loads(line) for line in lines]
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    assert BOT_TOKEN not in stderr and APP_TOKEN not in stderr and "secret words" not in stderr
