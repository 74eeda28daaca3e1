"""Feedback buttons in Discord: the real discord.py client, a fake Discord on loopback, real SQLite."""

from __future__ import annotations

import asyncio
import datetime as dt

from fakes.discord_harness import running_client
from fakes.fake_discord import (
    ADMIN_ID,
    APP_ID,
    BOT_ID,
    CHANNEL_ID,
    EVERYONE_PERMISSIONS,
    GUILD_ID,
    USER_ID,
    USERS,
    FakeDiscord,
    member,
)

from bot.curation.feedback import ALREADY, THANKS, TOO_OLD
from bot.curation.recorder import Recorder, RecordingSettings
from bot.curation.sqlite_log import SqliteQuestionLog
from bot.service import Bot

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)


class ClickingDiscord(FakeDiscord):
    async def click(self, custom_id: str, *, author: int = USER_ID) -> None:
        """Someone clicks a button (a component interaction, type 3) under the bot's message."""
        payload = {
            "id": str(next(self._ids)), "application_id": str(APP_ID), "type": 3, "token": f"itoken-{next(self._ids)}",
            "version": 1, "attachment_size_limit": 10_485_760, "locale": "en-GB", "entitlements": [], "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "app_permissions": str(EVERYONE_PERMISSIONS), "data": {"custom_id": custom_id, "component_type": 2},
            "guild_id": str(GUILD_ID), "guild_locale": "en-GB", "context": 0, "channel_id": str(CHANNEL_ID),
            "channel": {"id": str(CHANNEL_ID), "type": 0, "guild_id": str(GUILD_ID), "name": "general", "position": 0,
                        "permission_overwrites": []},
            "member": member(author) | {"user": USERS[author], "permissions": str(EVERYONE_PERMISSIONS)},
        }
        await self.dispatch("INTERACTION_CREATE", payload)


def discord_bot(db, **settings) -> Bot:
    bot = Bot.from_path(None, clock=lambda: NOW)
    bot.recorder = Recorder(lambda: SqliteQuestionLog.open(db), RecordingSettings(**settings))
    return bot


def feedback_buttons(message: dict) -> dict[str, str]:
    return {c["label"]: c["custom_id"] for row in message.get("components", []) for c in row["components"]}


async def thanks(fake, count: int) -> list[str]:
    await fake.wait_until(lambda: len([c for c in fake.callbacks() if c["data"].get("flags") == 64]) >= count)
    return [c["data"]["content"] for c in fake.callbacks() if c["data"].get("flags") == 64]


async def test_not_right_is_recorded_once_per_person_and_thanked_privately(monkeypatch, tmp_path):
    db = tmp_path / "state.db"
    async with running_client(monkeypatch, discord_bot(db), fake=await ClickingDiscord().start()) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> quote no one stands alone")
        [reply] = [c.json for c in await fake.wait_until(lambda: fake.posted("/messages"))]
        buttons = feedback_buttons(reply)
        assert set(buttons) == {"Helpful", "Not right"}
        for author in (USER_ID, USER_ID, ADMIN_ID):
            await fake.click(buttons["Not right"], author=author)
        await fake.click("cyber_feedback_helpful:unknown-token")
        texts = await thanks(fake, 4)
    assert sorted(texts) == sorted([THANKS["not_right"], ALREADY, THANKS["not_right"], TOO_OLD])
    feedback = SqliteQuestionLog.open(db).feedback()
    assert [(f.platform, f.verdict, f.answer, f.question) for f in feedback] == [
        ("discord", "not_right", "quote:rutte-tirana-2025-no-one-stands-alone", "quote no one stands alone")] * 2
    assert not any(str(USER_ID) in f.voter or str(ADMIN_ID) in f.voter for f in feedback)


async def test_with_feedback_off_answers_carry_no_buttons(monkeypatch, tmp_path):
    async with running_client(monkeypatch, discord_bot(tmp_path / "state.db", feedback=False)) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> quote no one stands alone")
        [reply] = [c.json for c in await fake.wait_until(lambda: fake.posted("/messages"))]
        await asyncio.sleep(0.05)
    assert feedback_buttons(reply) == {}
