"""``DiscordDigestSender``: posts a digest that pings nobody; a lost channel raises ``ChannelGone``."""

from __future__ import annotations

import discord
import pytest

from adapters.discord.client import DiscordDigestSender
from bot.errors import ChannelGone
from bot.reply import Block, Reply
from fakes.discord_harness import RecordingBot, running_client
from fakes.fake_discord import CHANNEL_ID, effective_pings

DIGEST = Reply("list", "On this day: 9 October", blocks=(Block("@everyone Tirana 2025: no one stands alone.", style="item", heading="Tirana"),))


async def test_a_digest_is_posted_as_an_embed_that_pings_nobody(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        await DiscordDigestSender(client).send(str(CHANNEL_ID), DIGEST)
    [post] = fake.posted(f"/channels/{CHANNEL_ID}/messages")
    assert post.json["embeds"][0]["title"] == "On this day: 9 October"
    assert post.json["allowed_mentions"] == {"parse": []}
    assert effective_pings(post.json["content"], post.json["allowed_mentions"]) == set()
    assert "@everyone" not in post.json["embeds"][0]["description"]


@pytest.mark.parametrize(("status", "code", "message"), [(404, 10003, "Unknown Channel"), (403, 50001, "Missing Access")])
async def test_a_deleted_or_closed_channel_raises_channel_gone(monkeypatch, status, code, message):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        fake.gone_channels[CHANNEL_ID] = (status, code, message)
        with pytest.raises(ChannelGone, match=message):
            await DiscordDigestSender(client).send(str(CHANNEL_ID), DIGEST)


async def test_other_errors_propagate_for_the_scheduler_to_retry(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        fake.gone_channels[CHANNEL_ID] = (400, 50035, "Invalid Form Body")
        with pytest.raises(discord.HTTPException) as raised:
            await DiscordDigestSender(client).send(str(CHANNEL_ID), DIGEST)
    assert not isinstance(raised.value, ChannelGone)
