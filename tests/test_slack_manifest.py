"""The Slack app manifest: generated from the command registry, committed, and in step with it."""

from __future__ import annotations

from pathlib import Path

import yaml

from adapters.slack.manifest import (
    BOT_EVENTS,
    BOT_SCOPES,
    build_manifest,
    manifest_yaml,
)
from bot.commands import COMMANDS

COMMITTED = Path(__file__).parent.parent / "adapters" / "slack" / "app-manifest.yaml"


def test_committed_manifest_is_the_generated_one():
    """Fails when bot/commands.py changed: run `cyberbot slack --manifest > adapters/slack/app-manifest.yaml`."""
    assert COMMITTED.read_text(encoding="utf-8") == manifest_yaml()


def test_every_command_of_the_registry_is_in_the_usage_hint_and_description():
    (slash,) = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))["features"]["slash_commands"]
    for spec in COMMANDS:
        assert spec.usage in slash["usage_hint"], spec.name
        assert spec.name in slash["description"], spec.name


def test_slash_command_fits_slacks_field_limits():
    (slash,) = build_manifest()["features"]["slash_commands"]
    assert slash["command"] == "/cyber" and slash["should_escape"] is True
    assert len(slash["description"]) <= 2000 and len(slash["usage_hint"]) <= 1000


def test_socket_mode_manifest_has_the_scopes_events_and_interactivity_the_adapter_uses():
    manifest = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))
    assert manifest["oauth_config"]["scopes"]["bot"] == list(BOT_SCOPES)
    assert {"commands", "chat:write", "app_mentions:read", "im:history", "users:read"} <= set(BOT_SCOPES)
    assert manifest["settings"]["event_subscriptions"]["bot_events"] == list(BOT_EVENTS) == ["app_mention", "message.im"]
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    assert "url" not in manifest["features"]["slash_commands"][0]


def test_http_mode_manifest_points_every_request_at_the_events_url():
    url = "https://bot.example.org/slack/events"
    manifest = build_manifest("/nato", request_url=url)
    assert manifest["features"]["slash_commands"][0] == {**manifest["features"]["slash_commands"][0], "command": "/nato", "url": url}
    assert manifest["settings"]["event_subscriptions"]["request_url"] == url
    assert manifest["settings"]["interactivity"]["request_url"] == url
    assert manifest["settings"]["socket_mode_enabled"] is False
