"""Slack payloads -> ``Request``: the *to request* step of the Slack adapter.

Pure: reads the ids out of a slash command, an event or a button click and
undoes Slack's ``&amp;``/``&lt;``/``&gt;`` encoding; a malformed payload gives
empty fields, never an exception. Never looks at what the words mean (the
core parses them, mentions included) and never calls Slack.
"""

from __future__ import annotations

from bot.request import Request
from bot.safe_values import mapping_field, text_field

from .render import unescape


def from_command(body: dict, text: str, bot_user: str = "") -> Request:
    """A slash command's ids around ``text`` (its words, after an optional ``share``)."""
    return _request(text, text_field(body, "team_id"), text_field(body, "channel_id"), text_field(body, "user_id"), bot_user)


def from_event(event: dict, body: dict, bot_user: str = "") -> Request:
    """An ``app_mention`` or a direct message, mention and all."""
    team = text_field(body, "team_id") or text_field(event, "team")
    text = unescape(text_field(event, "text"))
    return _request(text, team, text_field(event, "channel"), text_field(event, "user"), bot_user)


def from_action(body: dict, action: dict) -> Request:
    """A button click: the clicker asks the words the button carries; a malformed payload gives empty fields."""
    user = mapping_field(body, "user")
    team = text_field(mapping_field(body, "team"), "id") or text_field(user, "team_id")
    channel = text_field(mapping_field(body, "channel"), "id")
    return _request(unescape(text_field(action, "value")), team, channel, text_field(user, "id"), "")


def _request(text: str, team: str, channel: str, user: str, bot_user: str) -> Request:
    return Request(text.strip(), "slack", team, channel, user, bot_user=bot_user)
