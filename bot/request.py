"""What an adapter hands the core: the user's words, and who and where they are.

An adapter fills a ``Request`` from its platform's payload and says what it
knows about the caller as ``roles``; it never decides what a command may do
(``Bot.handle`` does, from the registry). Mentions of the bot are left in
``text``: the core drops them (``addressed_text``), so every platform strips
them the same way. Imports nothing from the rest of ``bot``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Platform = Literal["console", "slack", "discord", "cli"]
Role = Literal["manager", "admin"]

MANAGER: Role = "manager"  # may manage this channel: digest subscriptions
ADMIN: Role = "admin"  # may run the bot: reload the knowledge (and manage any channel)
EVERY_ROLE: frozenset[Role] = frozenset({MANAGER, ADMIN})  # the console's user, a Slack admin
SHARE_WORD = "share"  # "share quote rutte": answer for the whole channel, where the platform can


@dataclass(frozen=True)
class Request:
    """One message for the bot.

    ``text`` is what the user wrote (platform escapes undone), mentions and all.
    ``roles`` is the adapter's verdict on the caller: ``MANAGER`` if they may
    manage this channel, ``ADMIN`` if they may run the bot. ``timezone`` is the
    caller's IANA zone, when the platform knows it. ``bot_user`` is the bot's
    own id on the platform, whose mentions (``<@U1>``, ``<@!1>``) are not part of
    the question; ``bot_role`` the role a platform made for it (Discord's
    ``<@&1>``), likewise.
    """

    text: str
    platform: Platform = "console"
    workspace: str = ""
    channel: str = ""
    user: str = ""
    roles: frozenset[Role] = frozenset()
    timezone: str | None = None
    bot_user: str = ""
    bot_role: str = ""

    @property
    def can_manage(self) -> bool:
        """May manage this channel (a manager, or an admin)."""
        return bool(self.roles & EVERY_ROLE)

    @property
    def addressed_text(self) -> str:
        """``text`` without any mention of the bot: ``"<@U1> quote rutte"`` -> ``"quote rutte"``."""
        return strip_mentions(self.text, self.bot_user, self.bot_role)


def strip_mentions(text: str, bot_user: str, bot_role: str = "") -> str:
    """Every mention of ``bot_user`` (and of ``bot_role``) removed, spaces collapsed; Slack's ``<@U1|name>`` too.

    ``"<@123> quote rutte"``, ``"<@!123> quote rutte"`` -> ``"quote rutte"``; another
    user's mention, or a role with the same digits (``<@&123>``), stays. Line breaks stay, as typed: a greeting on a line
    of its own, or asks listed one per line ("1) ...⏎2) ...") are read by them.
    """
    if not bot_user:
        return text
    pattern = rf"<@!?{re.escape(bot_user)}(?:\|[^>]*)?>"
    if bot_role:
        pattern += rf"|<@&{re.escape(bot_role)}>"
    lines = (" ".join(line.split()) for line in re.sub(pattern, " ", text).splitlines())
    return "\n".join(line for line in lines if line)


def split_share(text: str) -> tuple[bool, str]:
    """``"share quote rutte"`` -> ``(True, "quote rutte")``; anything else -> ``(False, text)``."""
    first, _, rest = text.strip().partition(" ")
    if first.lower() == SHARE_WORD:
        return True, rest.strip()
    return False, text.strip()
