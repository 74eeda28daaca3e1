"""The real Slack adapter (slack-bolt behind our threaded WSGI server) wired to a ``FakeSlack``.

    with SlackHarness(bot) as h:
        status, body = h.command("quote rutte")     # a signed slash command
        h.slack.wait_for("chat.postMessage")
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

from adapters.slack.app import build_app, make_client
from adapters.slack.http_server import make_http_server
from adapters.slack.settings import read_settings
from tests.fakes.fake_slack import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    block_action_body,
    event_body,
    mention_tokens,
    post_signed,
    slash_command_body,
)

FORM = "application/x-www-form-urlencoded"


class SlackHarness:
    def __init__(self, bot, env: dict[str, str] | None = None, *, in_turn: bool = False):
        """``in_turn``: answer events one after another, so an answer to a later event proves
        the earlier ones were handled (the awaited sentinel that shows an absence)."""
        self.bot = bot
        self.executor = ThreadPoolExecutor(1) if in_turn else None
        self.env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, **(env or {})}
        self.slack = FakeSlack()
        self._hooks = 0

    def __enter__(self) -> SlackHarness:
        self.slack.__enter__()
        self.settings = read_settings({**self.env, "SLACK_API_URL": self.slack.api_url})
        self.app = build_app(self.bot, self.settings, client=make_client(self.settings), listener_executor=self.executor)
        self.server = make_http_server(self.app, "127.0.0.1", 0, signing_secret=SIGNING_SECRET)
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        if self.executor:
            self.executor.shutdown(wait=False)
        self.slack.__exit__(*exc)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/slack/events"

    def new_response_url(self) -> str:
        self._hooks += 1
        return self.slack.response_url(f"hook{self._hooks}")

    def command(self, text: str, *, user: str = "U1", **sign_kwargs) -> tuple[int, dict | str]:
        """A signed ``/cyber text``; (status, the JSON Bolt acked with, or the raw body)."""
        body = slash_command_body(text, self.new_response_url(), command=self.settings.command, user=user)
        status, raw = post_signed(self.url, body, FORM, **sign_kwargs)
        return status, _json_or_text(raw)

    def event(self, event: dict, event_id: str = "Ev1", **sign_kwargs) -> int:
        status, _ = post_signed(self.url, event_body(event, event_id), "application/json", **sign_kwargs)
        return status

    def click(self, button: dict, *, user: str = "U1") -> tuple[int, str]:
        """Click a button from a rendered message; returns (status, the response_url it will use)."""
        hook = self.new_response_url()
        body = block_action_body(button["action_id"], button["value"], hook, user=user)
        status, _ = post_signed(self.url, body, FORM)
        return status, hook


def buttons(message: dict) -> dict[str, dict]:
    """The buttons of a rendered message, by their text."""
    found = {}
    for block in message.get("blocks", []):
        if block["type"] == "actions":
            found.update({e["text"]["text"]: e for e in block["elements"]})
    return found


def _json_or_text(raw: str):
    try:
        return json.loads(raw) if raw else ""
    except json.JSONDecodeError:
        return raw


HOSTILE = "<!channel> @here <@U123> <#C999> <!everyone> &lt;!here&gt; \x00\x1b[31m 🛡️ " + "x" * 10_000


def slack_escaped(text: str) -> str:
    """What Slack sends for user-typed text: ``&``, ``<``, ``>`` already encoded."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def assert_safe(raw: str) -> None:
    """No ``<!channel>``, ``<@U…>`` or other ping in a message Slack would receive."""
    assert mention_tokens(raw) == [], raw[:500]
