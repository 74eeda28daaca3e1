"""The Slack app manifest, generated from the command registry so it cannot drift from it.

``adapters/slack/app-manifest.yaml`` is this module's output for the default
``/cyber`` command; a test checks the committed file still matches. Regenerate
it with ``cyberbot slack --manifest > adapters/slack/app-manifest.yaml``.
Never lists a command by hand: every word of it comes from ``bot.commands``.
"""

from __future__ import annotations

import yaml

from bot.commands import COMMANDS

from .settings import DEFAULT_COMMAND

# The bot scopes the adapter uses, each with the call that needs it.
BOT_SCOPES = (
    "commands",  # the slash command
    "app_mentions:read",  # app_mention events: @cyberbot in a channel
    "chat:write",  # chat.postMessage / chat.postEphemeral: thread replies, DMs, digests
    "im:history",  # message.im events: direct messages to the bot
    "users:read",  # users.info: is the caller a workspace admin (digest subscribe, reload)
    "channels:history",  # conversations.history: is today's digest already in a public channel (before a second try)
    "groups:history",  # the same in private channels
    "channels:read",  # conversations.info: is the bot in the public channel a digest is subscribed in
    "groups:read",  # the same for private channels
)
BOT_EVENTS = ("app_mention", "message.im")


def usage_hint() -> str:
    """Every command of the registry, e.g. ``help | events [filter] | event <query> | …``."""
    return " | ".join(spec.usage for spec in COMMANDS)


def description() -> str:
    names = ", ".join(spec.name for spec in COMMANDS)
    return f"Ask about NATO cyber defence: {names}. Add 'share' first to answer in the channel."


def build_manifest(command: str = DEFAULT_COMMAND, request_url: str | None = None) -> dict:
    """The manifest as a dict; Socket Mode unless ``request_url`` (https://HOST/slack/events) is given."""
    slash: dict = {
        "command": command,
        "description": description(),
        "usage_hint": usage_hint(),
        "should_escape": True,
    }
    settings: dict = {
        "event_subscriptions": {"bot_events": list(BOT_EVENTS)},
        "interactivity": {"is_enabled": True},
        "org_deploy_enabled": False,
        "socket_mode_enabled": request_url is None,
        "token_rotation_enabled": False,
    }
    if request_url:
        slash["url"] = request_url
        settings["event_subscriptions"]["request_url"] = request_url
        settings["interactivity"]["request_url"] = request_url
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": "cyberbot",
            "description": "Answers questions about NATO cyber-defence events, pledges and quotes.",
            "background_color": "#1d3557",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": False,
                "messages_tab_enabled": True,
                "messages_tab_read_only_enabled": False,
            },
            "bot_user": {"display_name": "cyberbot", "always_online": True},
            "slash_commands": [slash],
        },
        "oauth_config": {"scopes": {"bot": list(BOT_SCOPES)}},
        "settings": settings,
    }


def manifest_yaml(command: str = DEFAULT_COMMAND, request_url: str | None = None) -> str:
    header = "# Generated from bot/commands.py by adapters/slack/manifest.py: `cyberbot slack --manifest`.\n"
    body = yaml.safe_dump(build_manifest(command, request_url), sort_keys=False, allow_unicode=True, width=100)
    return header + body
