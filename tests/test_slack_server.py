"""The Slack HTTP server as a public port sees it: probes, keep-alive, and whatever else arrives.

Real waitress, the real guard, real slack-bolt and the real bot; Slack's Web API is
the fake. Nothing that reaches the port, signed or not, gets a 500 or a traceback.
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import threading
import time
import urllib.parse

import pytest
from fakes.bots import RecordingBot, shipped_bot
from fakes.fake_slack import SIGNING_SECRET, block_action_body, sign
from fakes.slack_harness import SlackHarness

from adapters.health import store_problem
from bot.service import Bot

FORM, JSON = "application/x-www-form-urlencoded", "application/json"


@pytest.fixture
def harness():
    with SlackHarness(RecordingBot(), {"CYBERBOT_RATE_LIMIT": "1000/10"}) as h:
        yield h


def send(harness, body: bytes | str, content_type: str = JSON, *, signed: bool = True, method: str = "POST",
         path: str = "/slack/events", headers: dict | None = None) -> tuple[int, bytes]:
    raw = body.encode() if isinstance(body, str) else body
    all_headers = {"Content-Type": content_type, **(sign(raw.decode("latin-1")) if signed else {}), **(headers or {})}
    if signed:  # sign() signs text: sign the bytes themselves
        import hashlib
        import hmac

        ts = all_headers["X-Slack-Request-Timestamp"]
        digest = hmac.new(SIGNING_SECRET.encode(), f"v0:{ts}:".encode() + raw, hashlib.sha256).hexdigest()
        all_headers["X-Slack-Signature"] = f"v0={digest}"
    connection = http.client.HTTPConnection("127.0.0.1", harness.server.server_port, timeout=10)
    try:
        connection.request(method, path, body=raw, headers=all_headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_health_and_readiness_probes(harness):
    assert send(harness, "", method="GET", path="/healthz", signed=False) == (200, b"ok\n")
    assert send(harness, "", method="GET", path="/readyz", signed=False) == (200, b"ready\n")
    assert send(harness, "", method="GET", path="/nothing", signed=False)[0] == 404
    assert send(harness, "", method="GET", signed=False)[0] == 405


def test_readiness_turns_503_with_a_reason_when_the_store_is_unreachable(tmp_path):
    from bot.digests.commands import DigestCommands
    from bot.store import Store

    store = Store.open(tmp_path / "digests.db")
    bot = Bot.from_path(None, digests=DigestCommands(store))
    assert store_problem(bot) is None
    store.close()
    reason = store_problem(bot)
    assert reason.startswith("subscription store unreachable") and str(tmp_path) not in reason


@pytest.mark.parametrize(
    ("body", "content_type", "signed", "headers", "status"),
    [
        ("null", JSON, False, {}, 401),
        ("null", JSON, True, {}, 400),
        ("[1, 2]", JSON, True, {}, 400),
        ('{"type": "event_callback"', JSON, True, {}, 400),
        (b"\xff\xfe\x00 not utf-8", FORM, True, {}, 400),
        ("payload=garbage", FORM, True, {}, 400),
        ("payload=%5B%5D", FORM, True, {}, 400),
        ("command=/cyber&text=help", FORM, False, {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=1"}, 401),
        ("command=/cyber&text=help", FORM, False, {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=1"}, 401),
    ],
)
def test_malformed_or_unsigned_requests_get_4xx_and_one_log_line_never_a_500(harness, caplog, body, content_type,
                                                                             signed, headers, status):
    caplog.set_level(logging.DEBUG)
    assert send(harness, body, content_type, signed=signed, headers=headers)[0] == status
    assert harness.bot.requests == []
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in caplog.records if r.name == "adapters.slack.guard"] != []


@pytest.mark.parametrize("length", ["-1", "ten", "1000000000", str(10**12)])
def test_a_bad_or_huge_content_length_is_refused_before_any_body_is_read(harness, length):
    with socket.create_connection(("127.0.0.1", harness.server.server_port), timeout=5) as sock:
        sock.sendall(f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: {JSON}\r\n"
                     f"Content-Length: {length}\r\n\r\n".encode())  # and never the body
        status = sock.recv(100).split(b" ")[1]
    assert status in (b"400", b"413")
    if length.isdigit() and int(length) > 10**6:
        assert status == b"413"


def test_a_replayed_signed_command_is_refused(harness):
    body = "command=%2Fcyber&text=help&team_id=T1&channel_id=C1&user_id=U1&response_url=" + urllib.parse.quote(
        harness.new_response_url(), safe="")
    headers = sign(body)
    first = send(harness, body, FORM, signed=False, headers=headers)
    again = send(harness, body, FORM, signed=False, headers=headers)
    assert (first[0], again[0]) == (200, 401)
    assert harness.bot.asked == ["help"]


def test_a_command_is_answered_as_slack_sent_it_even_when_its_words_say_payload(harness):
    """Our command skips Bolt's parsing (which reads any form mentioning "payload" as empty)."""
    for text in ("help", "search payload", "quote rutte&payload=1"):
        body = urllib.parse.urlencode({"command": "/cyber", "text": text, "team_id": "T1", "channel_id": "C1",
                                       "user_id": "U1", "response_url": harness.new_response_url()})
        status, answer = send(harness, body, FORM)
        assert status == 200 and json.loads(answer)["response_type"] == "ephemeral", (text, answer[:200])
    assert harness.bot.asked == ["help", "search payload", "quote rutte&payload=1"]


def test_the_guard_reads_a_form_exactly_as_bolt_does():
    import random

    from adapters.slack.guard import parse_form

    rng, alphabet = random.Random(11), "ab=&%+ 2F%zé€\x00;=&&"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        if rng.random() < 0.5:
            text = urllib.parse.urlencode({"text": text, "user_id": text[::-1]})
        assert parse_form(text) == dict(urllib.parse.parse_qsl(text, keep_blank_values=True)), text


def test_a_signed_button_click_with_a_strange_value_gets_a_polite_answer(harness, caplog):
    body = json.loads(urllib.parse.parse_qs(block_action_body("cyber_suggest_0", "x", harness.new_response_url()))["payload"][0])
    body["actions"][0]["value"] = {"not": "a string"}
    status, _ = send(harness, "payload=" + urllib.parse.quote(json.dumps(body)), FORM)
    (answer,) = harness.slack.wait_for("response_url")
    assert status == 200 and answer.body["response_type"] == "ephemeral" and answer.body["text"]
    assert not [r for r in caplog.records if r.exc_info]


def test_two_requests_share_one_kept_alive_connection(harness):
    connection = http.client.HTTPConnection("127.0.0.1", harness.server.server_port, timeout=5)
    try:
        for _ in range(2):
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            assert (response.status, response.version, response.read()) == (200, 11, b"ok\n")
    finally:
        connection.close()


def test_idle_and_trickling_connections_do_not_hold_up_a_signed_command():
    """50 connections that never send a request and 8 that send a byte now and then leave no worker waiting."""
    with SlackHarness(shipped_bot()) as h:
        idle = [socket.create_connection(("127.0.0.1", h.server.server_port)) for _ in range(50)]
        stop = threading.Event()
        tricklers = [socket.create_connection(("127.0.0.1", h.server.server_port)) for _ in range(8)]

        def trickle(sock: socket.socket) -> None:
            for byte in b"POST /slack/events HTTP/1.1\r\nHost: x\r\n":
                if stop.wait(0.5):
                    return
                sock.sendall(bytes([byte]))

        threads = [threading.Thread(target=trickle, args=(s,), daemon=True) for s in tricklers]
        for thread in threads:
            thread.start()
        try:
            answered: list = []
            asker = threading.Thread(target=lambda: answered.append(h.command("about")), daemon=True)
            asker.start()
            asker.join(timeout=3)  # Slack gives up after 3 s
        finally:
            stop.set()
            for sock in idle + tricklers:
                sock.close()
    assert answered, "a signed command was held up by connections that never finished a request"
    status, body = answered[0]
    assert status == 200 and "cyberbot" in body["text"].lower()
