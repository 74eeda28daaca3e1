"""What an adapter hands the core: the user's text and who and where they are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Platform = Literal["console", "slack", "discord", "cli"]


@dataclass(frozen=True)
class Request:
    """One message for the bot, already stripped of the slash command or mention.

    ``can_manage`` is the adapter's verdict on whether the caller may manage
    this channel (Slack: a configured admin; Discord: Manage Channels); the
    core uses it for digest subscriptions and ``reload``. ``timezone`` is the
    default IANA zone for this workspace or user, when the platform knows one.
    """

    text: str
    platform: Platform = "console"
    workspace: str = ""
    channel: str = ""
    user: str = ""
    can_manage: bool = False
    timezone: str | None = None
