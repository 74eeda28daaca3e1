"""The Slack adapter's settings, read from the environment and checked before anything starts.

Every problem is one sentence that names the variable and says how to fix it,
and never repeats a token's value (``SettingsError``; the CLI prints it and
exits 2).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.ratelimit import RateLimiter

DEFAULT_COMMAND = "/cyber"
DEFAULT_API_URL = "https://slack.com/api/"
_COMMAND_NAME = re.compile(r"/[a-z0-9_\-]{1,31}")
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


class SettingsError(ValueError):
    """A missing or malformed setting; ``str()`` is the one line to show."""


@dataclass(frozen=True)
class SlackSettings:
    """What ``cyberbot slack`` needs: tokens, mode and the knobs users can turn."""

    bot_token: str
    app_token: str | None = None
    signing_secret: str | None = None
    api_url: str = DEFAULT_API_URL
    command: str = DEFAULT_COMMAND
    public_by_default: bool = False
    admins: frozenset[str] = frozenset()
    rate_limit: str | None = None

    @property
    def socket_mode(self) -> bool:
        return self.app_token is not None

    def __repr__(self) -> str:  # never show secrets in a log or a traceback
        return f"SlackSettings(socket_mode={self.socket_mode}, api_url={self.api_url!r}, command={self.command!r})"


def read_settings(env: Mapping[str, str]) -> SlackSettings:
    """Check the ``SLACK_*`` and ``CYBERBOT_*`` variables; raise SettingsError on the first problem."""
    bot_token, api_url = web_api_settings(env)
    app_token = None
    if env.get("SLACK_APP_TOKEN", "").strip():
        app_token = _token(
            env,
            "SLACK_APP_TOKEN",
            "xapp-",
            "an app-level token with the connections:write scope (Basic Information → App-Level Tokens)",
        )
    secret = env.get("SLACK_SIGNING_SECRET", "").strip() or None
    if app_token is None and secret is None:
        msg = (
            "SLACK_SIGNING_SECRET is not set: HTTP mode needs it (Basic Information → Signing Secret); "
            "or set SLACK_APP_TOKEN to run in Socket Mode"
        )
        raise SettingsError(msg)
    return SlackSettings(
        bot_token=bot_token,
        app_token=app_token,
        signing_secret=secret,
        api_url=api_url,
        command=command_setting(env),
        public_by_default=_flag(env, "CYBERBOT_SLACK_PUBLIC"),
        admins=frozenset(u.strip() for u in env.get("CYBERBOT_SLACK_ADMINS", "").split(",") if u.strip()),
        rate_limit=_rate_limit(env.get("CYBERBOT_RATE_LIMIT")),
    )


def web_api_settings(env: Mapping[str, str]) -> tuple[str, str]:
    """``SLACK_BOT_TOKEN`` and ``SLACK_API_URL``, checked: all a Web API client needs (no Bolt, no secret)."""
    token = _token(env, "SLACK_BOT_TOKEN", "xoxb-", "the Bot User OAuth Token from your Slack app's OAuth & Permissions page")
    return token, _api_url(env.get("SLACK_API_URL", ""))


def command_setting(env: Mapping[str, str]) -> str:
    """The slash command from ``CYBERBOT_SLACK_COMMAND`` (default ``/cyber``); needs no tokens."""
    return _command(env.get("CYBERBOT_SLACK_COMMAND", ""))


def _token(env: Mapping[str, str], name: str, prefix: str, where: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        msg = f"{name} is not set: set it to {where} (it starts with {prefix})"
        raise SettingsError(msg)
    if not value.startswith(prefix) or any(c.isspace() for c in value):
        msg = f"{name} does not look right: it must start with {prefix} — use {where}"
        raise SettingsError(msg)
    return value


def _api_url(value: str) -> str:
    value = value.strip()
    if not value:
        return DEFAULT_API_URL
    if not value.startswith(("https://", "http://")):
        msg = f"SLACK_API_URL must be an http(s) URL such as {DEFAULT_API_URL}, not {value!r}"
        raise SettingsError(msg)
    return value if value.endswith("/") else value + "/"


def _command(value: str) -> str:
    value = value.strip() or DEFAULT_COMMAND
    if not _COMMAND_NAME.fullmatch(value):
        msg = f"CYBERBOT_SLACK_COMMAND must look like /cyber (a slash and up to 31 lowercase letters), not {value!r}"
        raise SettingsError(msg)
    return value


def _flag(env: Mapping[str, str], name: str) -> bool:
    value = env.get(name, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    msg = f"{name} must be 1 or 0, not {value!r}"
    raise SettingsError(msg)


def _rate_limit(value: str | None) -> str | None:
    try:
        RateLimiter.from_setting(value)
    except ValueError as error:
        msg = f"CYBERBOT_RATE_LIMIT: {error}"
        raise SettingsError(msg) from None
    return value
