"""Debug logs of real Slack and Discord sessions hold no response_url, interaction token or webhook URL."""

from __future__ import annotations

import logging
import re

import pytest
from fakes.discord_harness import running_client
from fakes.fake_discord import BOT_ID
from fakes.fake_slack import BOT_TOKEN
from fakes.slack_harness import SlackHarness, buttons

from bot import log_redaction
from bot.log_redaction import REDACTED, redact
from bot.service import Bot


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.from_path(None)


class Everything(logging.Handler):
    """Every record of every logger, formatted as an operator's log file would hold it."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@pytest.fixture
def debug_log():
    root = logging.getLogger()
    handler, level = Everything(), root.level
    log_redaction.install()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        log_redaction.uninstall()


def test_a_slack_session_at_debug_level_logs_no_response_url_or_token(bot, debug_log):
    with SlackHarness(bot) as harness:
        hooks = []
        _, private = harness.command("quote rutte")
        hooks.append(f"hook{harness._hooks}")
        _, hook = harness.click(buttons(private)["Share in channel"])
        hooks.append(hook.rsplit("/", 1)[1])
        harness.slack.wait_for("response_url", 2)
        harness.command("no such thing at all qqq")
        hooks.append(f"hook{harness._hooks}")
    logged = debug_log.text
    assert "slack_sdk.webhook.client" in logged and REDACTED in logged, "the libraries logged the response_url calls, redacted"
    for hook in hooks:
        assert hook not in logged
    assert BOT_TOKEN not in logged


async def test_a_discord_session_at_debug_level_logs_no_interaction_token(monkeypatch, bot, debug_log):
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.interaction([{"name": "query", "type": 3, "value": "rutte"}], sub="quote")
        await fake.wait_until(lambda: fake.callbacks())
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        await fake.wait_until(lambda: fake.posted("/messages"))
    logged = debug_log.text
    assert "/interactions/" in logged and REDACTED in logged, "discord.py logged its HTTP calls at debug level, redacted"
    assert not re.search(r"itoken-\d+", logged)
    assert fake.token not in logged


@pytest.mark.parametrize(
    "secret_line",
    [
        '{"response_url": "https://hooks.slack.com/commands/T1/22/SECRET"}',
        "body: payload=%7B%22response_url%22%3A%22https%3A%5C%2F%5C%2Fhooks.slack.com%5C%2Factions%5C%2FT1%5C%2F1%5C%2FSECRET%22",
        "url: https://hooks.slack.com/services/T1/B2/SECRET",
        "https:\\/\\/hooks.slack.com\\/actions\\/T1\\/1\\/SECRET",
        "POST https://discord.com/api/v10/interactions/123/SECRET/callback with {} has returned 204",
        "POST https://discord.com/api/v10/webhooks/456/SECRET/messages/@original",
        "{'t': 'INTERACTION_CREATE', 'd': {'token': 'SECRET', 'id': '1'}}",
        "Authorization: Bearer xoxb-1234-5678-SECRET",
        "response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FSECRET&user_id=U1",
    ],
)
def test_each_credential_form_is_redacted(secret_line):
    assert "SECRET" not in redact(secret_line)
    assert REDACTED in redact(secret_line)


def test_ordinary_text_is_left_alone():
    text = "knowledge reloaded from k.yaml: {'events': 17, 'quotes': 34}; 3 tokens in the query; see https://www.nato.int/x"
    assert redact(text) == text


def test_a_traceback_is_redacted_too(debug_log):
    try:
        raise RuntimeError("POST https://hooks.slack.com/actions/T1/1/SECRET failed")
    except RuntimeError:
        logging.getLogger("slack_sdk").exception("send failed")
    assert "SECRET" not in debug_log.text and "RuntimeError" in debug_log.text


def test_the_cli_installs_it_and_importing_the_core_does_not(tmp_path):
    import subprocess
    import sys

    probe = "import logging, bot.service, bot.cli; print(logging.getLogRecordFactory() is logging.LogRecord)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "True"
    probe = (
        "import logging, sys; from bot import cli; sys.argv=['cyberbot']; cli.main(['--log-level', 'debug', 'validate']);"
        "logging.getLogger('x').warning('response_url=https://hooks.slack.com/commands/T/1/SECRET')"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "SECRET" not in done.stderr and "response_url=[redacted]" in done.stderr
