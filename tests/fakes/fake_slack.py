"""A local stand-in for Slack: the Web API, ``response_url`` hooks, request signing, Block Kit rules.

``FakeSlack`` is a ``ThreadingHTTPServer`` on 127.0.0.1 that answers the Web API
methods the adapter uses the way Slack does (bearer-token check, ``ok``/``error``
bodies, 429 with ``Retry-After`` on demand) and records every call, including
posts to ``response_url``. Bolt runs lazy listeners in a thread pool, so tests
wait with ``wait_for``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
SIGNING_SECRET = "test-signing-secret"
BOT_USER = "UBOT"
TEAM = "T1"


@dataclass
class Call:
    """One request Slack received: ``method`` is ``chat.postMessage`` or ``response_url``."""

    method: str
    path: str
    headers: dict
    body: dict
    at: float = field(default_factory=time.monotonic)

    @property
    def raw(self) -> str:
        return json.dumps(self.body, ensure_ascii=False)


class FakeSlack:
    """``with FakeSlack() as slack:`` then point ``WebClient(base_url=slack.api_url)`` at it."""

    def __init__(self):
        self.calls: list[Call] = []
        self.users: dict[str, dict] = {}
        self.ws_url: str | None = None
        self._errors: dict[str, list[str]] = {}
        self._rate_limits: dict[str, list[int]] = {}
        self._held: dict[str, threading.Event] = {}
        self.history: dict[str, list[dict]] = {}  # channel -> messages posted there (newest last)
        self.not_member: set[str] = set()  # channels the bot is not in (conversations.info)
        self.missing_scopes: set[str] = set()  # methods answered with missing_scope
        self.post_delay = 0.0  # seconds each chat.postMessage takes
        self.after_post = None  # called with the message once it is in the channel, before Slack answers
        self._server_errors: dict[str, list[bool]] = {}
        self._changed = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> FakeSlack:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def response_url(self, name: str = "hook") -> str:
        return f"{self.url}/commands/{TEAM}/{name}"

    def fail_next(self, method: str, error: str) -> None:
        """The next call to ``method`` answers ``{"ok": false, "error": error}``."""
        self._errors.setdefault(method, []).append(error)

    def rate_limit_next(self, method: str, retry_after: int = 0, times: int = 1) -> None:
        """The next ``times`` calls to ``method`` answer 429 with ``Retry-After``."""
        self._rate_limits.setdefault(method, []).extend([retry_after] * times)

    def hold(self, method: str) -> threading.Event:
        """Calls to ``method`` are recorded at once but answered only once the returned event is set
        (a slow Slack); set it before leaving the ``with`` block."""
        self._held[method] = threading.Event()
        return self._held[method]

    def server_error_next(self, method: str, *, after_posting: bool = False, times: int = 1) -> None:
        """The next ``times`` calls answer HTTP 500; ``after_posting``: the message was posted all the same."""
        self._server_errors.setdefault(method, []).extend([after_posting] * times)

    def posted_to(self, channel: str) -> list[dict]:
        """The messages in ``channel``, as conversations.history would list them."""
        with self._changed:
            return list(self.history.get(channel, []))

    def calls_to(self, method: str) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Block until ``count`` calls to ``method`` arrived; AssertionError with what came instead."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len([c for c in self.calls if c.method == method]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls]
                    msg = f"waited {timeout} s for {count} × {method}; got {seen}"
                    raise AssertionError(msg)
                self._changed.wait(left)
            return [c for c in self.calls if c.method == method]

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def _answer(self, method: str, body: dict, token: str) -> tuple[int, dict, dict]:
        """(status, headers, JSON) as Slack would answer ``method``."""
        if self._rate_limits.get(method):
            return 429, {"Retry-After": str(self._rate_limits[method].pop(0))}, {"ok": False, "error": "ratelimited"}
        wanted = "xapp-" if method == "apps.connections.open" else "xoxb-"
        if not token.startswith(wanted):
            return 200, {}, {"ok": False, "error": "not_authed" if not token else "invalid_auth"}
        if method in self.missing_scopes:
            return 200, {}, {"ok": False, "error": "missing_scope", "needed": "channels:history"}
        if self._errors.get(method):
            return 200, {}, {"ok": False, "error": self._errors[method].pop(0)}
        if method == "chat.postMessage":
            return self._post_message(body)
        if method == "conversations.history":
            return 200, {}, self._history(body)
        if method == "conversations.info":
            channel = body.get("channel", "")
            return 200, {}, {"ok": True, "channel": {"id": channel, "is_member": channel not in self.not_member}}
        if method == "auth.test":
            return 200, {}, {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "cyberbot",
                             "team_id": TEAM, "user_id": BOT_USER, "bot_id": "B1", "is_enterprise_install": False}
        if method == "users.info":
            user = body.get("user", "")
            if user not in self.users:
                return 200, {}, {"ok": False, "error": "user_not_found"}
            return 200, {}, {"ok": True, "user": {"id": user, **self.users[user]}}
        if method == "apps.connections.open":
            return 200, {}, {"ok": True, "url": self.ws_url}
        ts = f"{time.time():.6f}"
        if method == "chat.postEphemeral":
            return 200, {}, {"ok": True, "message_ts": ts}
        return 200, {}, {"ok": True, "channel": body.get("channel"), "ts": ts, "message": body}


    def _post_message(self, body: dict) -> tuple[int, dict, dict]:
        time.sleep(self.post_delay)
        failing = self._server_errors.get("chat.postMessage")
        posted_anyway = failing.pop(0) if failing else None
        ts = f"{time.time():.6f}"
        message = {"type": "message", "ts": ts, "user": BOT_USER, "text": body.get("text", ""), "metadata": body.get("metadata")}
        if posted_anyway is not False:
            with self._changed:
                self.history.setdefault(body.get("channel", ""), []).append(message)
            if self.after_post is not None:
                self.after_post(message)
        if posted_anyway is not None:
            return 500, {}, {"ok": False, "error": "internal_error"}
        return 200, {}, {"ok": True, "channel": body.get("channel"), "ts": ts, "message": body}

    def _history(self, body: dict) -> dict:
        oldest = float(body.get("oldest") or 0)
        with self._changed:
            messages = [dict(m) for m in reversed(self.history.get(body.get("channel", ""), [])) if float(m["ts"]) >= oldest]
        if str(body.get("include_all_metadata")).lower() not in ("true", "1"):
            for message in messages:
                message.pop("metadata", None)
        return {"ok": True, "messages": messages, "has_more": False, "response_metadata": {"next_cursor": ""}}


def _handler_for(fake: FakeSlack):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self._serve(b"")

        def do_POST(self):
            self._serve(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

        def _serve(self, raw: bytes) -> None:
            parsed = urllib.parse.urlsplit(self.path)
            body = _parse_body(raw, self.headers.get("Content-Type", ""))
            body.update(dict(urllib.parse.parse_qsl(parsed.query)))
            if parsed.path.startswith("/commands/"):
                fake._record(Call("response_url", parsed.path, dict(self.headers), body))
                self._send(200, {}, b"ok", "text/plain")
                return
            method = parsed.path.removeprefix("/api/")
            token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            token = token or body.get("token", "")
            fake._record(Call(method, parsed.path, dict(self.headers), body))
            if method in fake._held:
                fake._held[method].wait(10)
            status, headers, answer = fake._answer(method, body, token)
            self._send(status, headers, json.dumps(answer).encode(), "application/json")

        def _send(self, status: int, headers: dict, data: bytes, content_type: str) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    return Handler


def _parse_body(raw: bytes, content_type: str) -> dict:
    text = raw.decode("utf-8")
    if not text:
        return {}
    if "json" in content_type:
        return json.loads(text)
    return dict(urllib.parse.parse_qsl(text))


# -- the sending side: what Slack's servers do when they call the app ------------------------


def sign(body: str, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict:
    """The two headers Slack adds: ``v0=`` HMAC-SHA256 of ``v0:{ts}:{body}``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def post_signed(url: str, body: str, content_type: str, **sign_kwargs) -> tuple[int, str]:
    """POST ``body`` signed like Slack; (status, response text), 4xx included."""
    headers = {"Content-Type": content_type, **sign(body, **sign_kwargs)}
    request = urllib.request.Request(url, data=body.encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def slash_command_body(text: str, response_url: str, *, command: str = "/cyber", user: str = "U1",
                       channel: str = "C1") -> str:
    return urllib.parse.urlencode({
        "token": "legacy", "team_id": TEAM, "team_domain": "test", "channel_id": channel, "channel_name": "general",
        "user_id": user, "user_name": "alice", "command": command, "text": text, "api_app_id": "A1",
        "response_url": response_url, "trigger_id": "1.2.3",
    })


def event_body(event: dict, event_id: str = "Ev1") -> str:
    return json.dumps({
        "token": "legacy", "team_id": TEAM, "api_app_id": "A1", "type": "event_callback", "event_id": event_id,
        "event_time": int(time.time()), "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
        "event": event,
    })


def block_action_body(action_id: str, value: str, response_url: str, *, user: str = "U1", channel: str = "C1") -> str:
    payload = {
        "type": "block_actions", "team": {"id": TEAM, "domain": "test"},
        "user": {"id": user, "username": "alice", "team_id": TEAM}, "api_app_id": "A1", "token": "legacy",
        "container": {"type": "message", "message_ts": "1.1", "channel_id": channel, "is_ephemeral": True},
        "trigger_id": "1.2.3", "channel": {"id": channel, "name": "general"}, "response_url": response_url,
        "actions": [{"action_id": action_id, "block_id": "b1", "type": "button", "value": value,
                     "text": {"type": "plain_text", "text": "x"}, "action_ts": "1.2"}],
    }
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


# -- Block Kit rules, as Slack's API enforces them ------------------------------------------------

LIMITS = {"blocks": 50, "section_text": 3000, "field_text": 2000, "fields": 10, "header": 150, "button_text": 75,
          "button_value": 2000, "actions_elements": 25, "context_elements": 10, "message_text": 40000}


def block_kit_problems(message: dict) -> list[str]:
    """Everything in ``message`` that Slack would refuse (``invalid_blocks``, ``msg_too_long``)."""
    problems = []
    text, blocks = message.get("text"), message.get("blocks", [])
    if not isinstance(text, str) or not text.strip():
        problems.append("no plain-text fallback `text`")
    elif len(text) > LIMITS["message_text"]:
        problems.append(f"text has {len(text)} characters")
    if len(blocks) > LIMITS["blocks"]:
        problems.append(f"{len(blocks)} blocks")
    for i, block in enumerate(blocks):
        problems += [f"block {i} ({block.get('type')}): {p}" for p in _block_problems(block)]
    return problems


def _block_problems(block: dict) -> list[str]:
    kind = block.get("type")
    if kind == "header":
        return _text_problems(block.get("text"), LIMITS["header"], {"plain_text"})
    if kind == "section":
        problems = []
        if "text" not in block and not block.get("fields"):
            problems.append("section needs text or fields")
        if "text" in block:
            problems += _text_problems(block["text"], LIMITS["section_text"], {"mrkdwn", "plain_text"})
        fields = block.get("fields", [])
        if len(fields) > LIMITS["fields"]:
            problems.append(f"{len(fields)} fields")
        for f in fields:
            problems += _text_problems(f, LIMITS["field_text"], {"mrkdwn", "plain_text"})
        return problems
    if kind == "context":
        elements = block.get("elements", [])
        problems = [] if 0 < len(elements) <= LIMITS["context_elements"] else [f"{len(elements)} context elements"]
        for e in elements:
            problems += _text_problems(e, LIMITS["section_text"], {"mrkdwn", "plain_text"})
        return problems
    if kind == "actions":
        elements = block.get("elements", [])
        problems = [] if 0 < len(elements) <= LIMITS["actions_elements"] else [f"{len(elements)} actions"]
        ids = [e.get("action_id") for e in elements]
        if len(set(ids)) != len(ids):
            problems.append(f"duplicate action_id in {ids}")
        for e in elements:
            if e.get("type") != "button":
                problems.append(f"element type {e.get('type')}")
            problems += _text_problems(e.get("text"), LIMITS["button_text"], {"plain_text"})
            if not 0 < len(e.get("value", "")) <= LIMITS["button_value"]:
                problems.append(f"button value of {len(e.get('value', ''))} characters")
        return problems
    if kind == "divider":
        return []
    return [f"unexpected block type {kind!r}"]


def _text_problems(obj, limit: int, types: set[str]) -> list[str]:
    if not isinstance(obj, dict) or obj.get("type") not in types:
        return [f"text object {obj!r} is not one of {sorted(types)}"]
    text = obj.get("text", "")
    if not text:
        return ["empty text"]
    return [f"text of {len(text)} characters (limit {limit})"] if len(text) > limit else []


def mention_tokens(raw: str) -> list[str]:
    """Every ``<!…>``, ``<@…>`` or ``<#…>`` in a string: the tokens Slack turns into pings and channel links."""
    return re.findall(r"<[!@#][^>]*>", raw)
