"""Discord messages and interactions -> ``Request``: the *to request* step of the Discord adapter.

Says who the caller is to the bot (``roles``): someone who can manage the
channel (Manage Channels there) is a manager and, as the bot's reload has
always been open to them on Discord, an admin; in a DM the user manages the
conversation but runs nothing for others. Never reads what the words mean:
mentions stay in the text for the core to drop, and app-command options are
only put back into the words the core parses.
"""

from __future__ import annotations

from collections.abc import Mapping

import discord

from bot.commands import CommandSpec
from bot.request import EVERY_ROLE, MANAGER, Request, Role

DM_ROLES: frozenset[Role] = frozenset({MANAGER})
CHANNEL_MANAGER_ROLES: frozenset[Role] = EVERY_ROLE
DISCORD_NAMES = {"today": "onthisday"}  # registry name -> subcommand name, where they differ


def from_message(message: discord.Message, bot_user_id: int, bot_role_id: int | None = None) -> Request:
    """A mention or a DM: its words as written, the bot's ids so the core can drop its mentions."""
    return Request(
        message.content,
        platform="discord",
        workspace=str(message.guild.id) if message.guild else "",
        channel=str(message.channel.id),
        user=str(message.author.id),
        roles=_message_roles(message),
        bot_user=str(bot_user_id),
        bot_role=str(bot_role_id or ""),
    )


def from_interaction(interaction: discord.Interaction, text: str) -> Request:
    """``/cyber …``: ``text`` is the words its options stand for (``command_text``)."""
    if interaction.guild_id is None:
        roles = DM_ROLES
    else:
        roles = CHANNEL_MANAGER_ROLES if interaction.permissions.manage_channels else frozenset()
    return Request(
        text,
        platform="discord",
        workspace=str(interaction.guild_id or ""),
        channel=str(interaction.channel_id or ""),
        user=str(interaction.user.id),
        roles=roles,
    )


def subcommand_name(spec: CommandSpec) -> str:
    return DISCORD_NAMES.get(spec.name, spec.name)


def command_text(spec: CommandSpec, options: Mapping[str, object]) -> str:
    """Subcommand options back to the text the core parses: quote + {query: rutte} -> "quote rutte"."""
    values = [str(options[a.name]).strip() for a in spec.args if options.get(a.name)]
    return " ".join([spec.name, *values])


def _message_roles(message: discord.Message) -> frozenset[Role]:
    """Manage Channels in that channel; a DM's own user manages it."""
    if message.guild is None:
        return DM_ROLES
    if not isinstance(message.author, discord.Member):
        return frozenset()
    return CHANNEL_MANAGER_ROLES if message.channel.permissions_for(message.author).manage_channels else frozenset()
