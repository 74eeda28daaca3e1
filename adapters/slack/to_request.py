"""Slack payloads -> ``Request``: the *to request* step of the Slack adapter.

Pure: reads the ids out of a slash command, an event or a button click and
undoes Slack's ``&amp;``/``&lt;``/``&gt;`` encoding. Never looks at what the
words mean (the core parses them, mentions included) and never calls Slack.
"""

from __future__ import annotations

from bot.request import Request

from .render import unescape


def from_command(body: dict, text: str, bot_user: str = "") -> Request:
    """A slash command's ids around ``text`` (its words, after an optional ``share``)."""
    return _request(text, body.get("team_id", ""), body.get("channel_id", ""), body.get("user_id", ""), bot_user)


def from_event(event: dict, body: dict, bot_user: str = "") -> Request:
    """An ``app_mention`` or a direct message, mention and all."""
    team = body.get("team_id") or event.get("team", "")
    return _request(unescape(event.get("text", "")), team, event.get("channel", ""), event.get("user", ""), bot_user)


def from_action(body: dict, action: dict) -> Request:
    """A button click: the clicker asks the words the button carries."""
    user = body.get("user") or {}
    team = (body.get("team") or {}).get("id") or user.get("team_id", "")
    channel = (body.get("channel") or {}).get("id", "")
    return _request(unescape(action.get("value", "")), team, channel, user.get("id", ""), "")


def _request(text: str, team: str, channel: str, user: str, bot_user: str) -> Request:
    return Request(text.strip(), "slack", team, channel, user, bot_user=bot_user)
