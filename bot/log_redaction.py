"""Request credentials never reach a log: Slack response_urls and tokens, Discord interaction tokens, webhook URLs.

slack_bolt, slack_sdk and discord.py log requests, payloads and URLs at debug
level; a Slack ``response_url`` lets anyone post into the channel for 30
minutes, a Discord interaction token answers for 15. ``install()`` (called by
the ``cyberbot`` entry point, never at import) makes every log record of the
process pass through ``redact`` when it is created, whatever handler later
writes it, tracebacks included.

    redact('{"response_url": "https://hooks.slack.com/commands/T1/2/abc"}')
    -> '{"response_url": "[redacted]"}'
"""

from __future__ import annotations

import logging
import re

from .patterns import lazy_pattern

REDACTED = "[redacted]"
_PATTERNS = (
    # A key that names a credential, quoted or not, JSON/dict/form/keyword style: keep the key, drop the value.
    lazy_pattern(
        r"""(?P<keep>["']?\b(?:response_url|response_urls|interaction_token|webhook_url|token|access_token|incoming_webhook)\b["']?"""
        r"""\s*(?:=|:)\s*["']?)(?P<secret>[^"'\s,&}\]]+)""",
        re.IGNORECASE,
    ),
    # The same keys inside percent-encoded JSON (a form field such as payload=%7B%22response_url%22%3A%22...).
    lazy_pattern(
        r"(?P<keep>(?:response_url|interaction_token|webhook_url|token|access_token)%22%3A(?:%20|\+)*%22)(?P<secret>(?:(?!%22)[^&\s])+)",
        re.IGNORECASE,
    ),
    # Slack's per-request and webhook URLs, also JSON-escaped (https:\/\/hooks.slack.com\/commands\/...).
    lazy_pattern(r"(?P<keep>hooks\.slack(?:-gov)?\.com(?:\\?/)+(?:commands|actions|services|workflows|triggers)(?:\\?/)+)(?P<secret>[^\s\"'<>]+)"),
    # A response_url's path on any host (GovSlack, a proxy): /commands/<team>/<id>/<secret>, /actions/<team>/...
    lazy_pattern(r"(?P<keep>/(?:commands|actions)/T[A-Z0-9]+/)(?P<secret>[^\s\"'<>,]+)"),
    # Discord webhook and interaction URLs carry their token in the path: /webhooks/<id>/<token>, /interactions/<id>/<token>/callback.
    lazy_pattern(r"(?P<keep>/(?:webhooks|interactions)/\d+/)(?P<secret>[^/\s\"'<>?]+)"),
    # Bare Slack tokens and Discord bot tokens wherever they appear.
    lazy_pattern(r"(?P<keep>)(?P<secret>\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+)"),
    lazy_pattern(r"(?P<keep>)(?P<secret>\b[MNO][A-Za-z\d_-]{23,27}\.[\w-]{6}\.[\w-]{27,}\b)"),
)


def redact(text: str) -> str:
    """``text`` with every credential replaced by ``[redacted]``."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m["keep"] + REDACTED, text)
    return text


_installed: list = []  # the factory we replaced, while installed


def install() -> None:
    """Redact every log record from now on (idempotent)."""
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def redacting_factory(*args, **kwargs) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _redact_record(record)
        return record

    _installed.append(previous)
    logging.setLogRecordFactory(redacting_factory)


def uninstall() -> None:
    """Restore the record factory ``install`` replaced (for tests)."""
    if _installed:
        logging.setLogRecordFactory(_installed.pop())


def _redact_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: leave it for logging to report, but without its arguments
        message, record.args = str(record.msg), None
    record.msg, record.args = redact(message), None
    if record.exc_info and not record.exc_text:
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
