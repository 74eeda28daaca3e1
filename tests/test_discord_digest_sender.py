"""``DiscordDigestSender``: posts a digest that pings nobody, with a nonce Discord enforces; finds it again."""

from __future__ import annotations

import asyncio
import datetime as dt

import discord
import pytest
from fakes.discord_harness import RecordingBot, running_client
from fakes.fake_discord import CHANNEL_ID, effective_pings

from adapters.discord.sender import DiscordDigestSender
from bot.digests.delivery import DigestTag
from bot.errors import ChannelGone
from bot.reply import Block, Reply

DIGEST = Reply("list", "On this day: 9 October", blocks=(Block("@everyone Tirana 2025: no one stands alone.", style="item", heading="Tirana"),))
TAG = DigestTag(7, dt.date(2026, 11, 23), dt.datetime(2026, 11, 22, 23, tzinfo=dt.timezone.utc), "1234567890123456789")


async def test_a_digest_is_posted_as_an_embed_that_pings_nobody_with_an_enforced_nonce(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        await DiscordDigestSender(client).send(str(CHANNEL_ID), DIGEST, TAG)
    [post] = fake.posted(f"/channels/{CHANNEL_ID}/messages")
    assert post.json["embeds"][0]["title"] == "On this day: 9 October"
    assert post.json["allowed_mentions"] == {"parse": []}
    assert (post.json["nonce"], post.json["enforce_nonce"]) == (TAG.nonce, True)
    assert effective_pings(post.json.get("content"), post.json["allowed_mentions"]) == set()
    assert "@everyone" not in post.json["embeds"][0]["description"]


async def test_a_second_send_with_the_same_nonce_posts_nothing_new(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        sender = DiscordDigestSender(client)
        await sender.send(str(CHANNEL_ID), DIGEST, TAG)
        await sender.send(str(CHANNEL_ID), DIGEST, TAG)
    assert len(fake.channel_messages[CHANNEL_ID]) == 1


async def test_find_posted_reads_recent_messages_for_the_bots_own_digest_of_that_date(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        sender = DiscordDigestSender(client)
        assert await sender.find_posted(str(CHANNEL_ID), DIGEST, TAG) is False
        await sender.send(str(CHANNEL_ID), DIGEST, TAG)
        assert await sender.find_posted(str(CHANNEL_ID), DIGEST, TAG) is True
        later = DigestTag(7, dt.date(2026, 11, 24), dt.datetime(2026, 11, 23, 23, tzinfo=dt.timezone.utc), "42")
        assert await sender.find_posted(str(CHANNEL_ID), DIGEST, later) is False


async def test_a_send_from_another_threads_loop_runs_on_the_clients_loop(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        sender = DiscordDigestSender(client)
        await asyncio.to_thread(asyncio.run, sender.send(str(CHANNEL_ID), DIGEST, TAG))
    assert len(fake.posted(f"/channels/{CHANNEL_ID}/messages")) == 1


@pytest.mark.parametrize(("status", "code", "message", "reason"), [
    (404, 10003, "Unknown Channel", "the channel was deleted"),
    (403, 50001, "Missing Access", "the bot was removed from the channel, or may no longer post there"),
])
async def test_a_deleted_or_closed_channel_raises_channel_gone_saying_which(monkeypatch, status, code, message, reason):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        fake.gone_channels[CHANNEL_ID] = (status, code, message)
        with pytest.raises(ChannelGone, match=message) as raised:
            await DiscordDigestSender(client).send(str(CHANNEL_ID), DIGEST, TAG)
    assert raised.value.reason == reason


async def test_other_errors_propagate_for_the_scheduler_to_retry(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        fake.gone_channels[CHANNEL_ID] = (400, 50035, "Invalid Form Body")
        with pytest.raises(discord.HTTPException) as raised:
            await DiscordDigestSender(client).send(str(CHANNEL_ID), DIGEST, TAG)
    assert not isinstance(raised.value, ChannelGone)


async def test_discordpys_own_retry_after_a_5xx_returns_the_first_message_instead_of_posting_again(monkeypatch):
    async with running_client(monkeypatch, RecordingBot()) as (fake, client):
        fake.server_errors_after_posting = 1  # Discord posted it, but the answer was a 500
        await DiscordDigestSender(client).send(str(CHANNEL_ID), DIGEST, TAG)
    assert len(fake.posted(f"/channels/{CHANNEL_ID}/messages")) == 2  # discord.py tried again by itself
    assert len(fake.channel_messages[CHANNEL_ID]) == 1  # and the enforced nonce kept it to one message
