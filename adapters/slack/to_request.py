"""Slack payloads -> ``Request``: the *to request* step of the Slack adapter.

Pure: reads the ids out of a slash command, an event or a button click and
undoes Slack's ``&amp;``/``&lt;``/``&gt;`` encoding. Never looks at what the
words mean (the core parses them, mentions included) and never calls Slack.
"""

from __future__ import annotations

from bot.request import Request
from bot.safe_values import mapping_field, text_field

from .render import unescape


def from_command(body: dict, text: str, bot_user: str = "") -> Request:
    """A slash command's ids around ``text`` (its words, after an optional ``share``)."""
    return _request(text, body.get("team_id", ""), body.get("channel_id", ""), body.get("user_id", ""), bot_user)


def from_event(event: dict, body: dict, bot_user: str = "") -> Request:
    """An ``app_mention`` or a direct message, mention and all."""
    team = body.get("team_id") or event.get("team", "")
    return _request(unescape(event.get("text", "")), team, event.get("channel", ""), event.get("user", ""), bot_user)


def from_action(body: dict, action: dict) -> Request:
    """A button click: the clicker asks the words the button carries (a malformed payload: empty fields, no exception)."""
    user = mapping_field(body, "user")
    team = text_field(mapping_field(body, "team"), "id") or text_field(user, "team_id")
    channel = text_field(mapping_field(body, "channel"), "id")
    return _request(unescape(text_field(action, "value")), team, channel, text_field(user, "id"), "")


def _request(text: str, team: str, channel: str, user: str, bot_user: str) -> Request:
    return Request(text.strip(), "slack", team, channel, user, bot_user=bot_user)
