"""The Discord part of a digest: post it with a nonce Discord enforces, and find it again in the channel.

Over REST alone (the client's HTTP session), so ``digest run --once`` needs
no gateway. Each digest is sent with a ``nonce`` derived from (channel, local
date) and ``enforce_nonce``: a second create with that nonce within minutes
returns the first message instead of posting again, which makes discord.py's
own retries after a 5xx or a reset connection harmless. On a takeover the
core calls ``find_posted``, which reads the channel's recent messages for the
bot's own digest of that date. Must not import the adapter's client module.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from contextlib import asynccontextmanager

import aiohttp
import discord

from bot.digests.delivery import DigestTag
from bot.errors import ChannelGone, OutcomeUnknown, RateLimited
from bot.reply import Reply

from .render import render_message

GONE = {
    404: "the channel was deleted",
    403: "the bot was removed from the channel, or may no longer post there",
}


class DiscordDigestSender:
    """Posts a digest reply to a channel from any thread; ``ChannelGone`` when it can never post there again."""

    def __init__(self, client: discord.Client):
        self.client = client

    async def send(self, channel_id: str, reply: Reply, tag: DigestTag) -> None:
        await self._on_client_loop(self._post(channel_id, reply, tag))

    async def find_posted(self, channel_id: str, reply: Reply, tag: DigestTag) -> bool | None:
        return await self._on_client_loop(self._find(channel_id, reply, tag))

    async def _on_client_loop(self, work):
        """Run ``work`` on the client's event loop, where its HTTP session lives, awaited from ours."""
        loop = self.client.loop
        if loop is None or loop is asyncio.get_running_loop():
            return await work
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(work, loop))

    async def _post(self, channel_id: str, reply: Reply, tag: DigestTag) -> None:
        payload = render_message(reply)
        body = {"embeds": payload["embeds"], "allowed_mentions": {"parse": []}, "nonce": tag.nonce, "enforce_nonce": True}
        if payload["content"]:
            body["content"] = payload["content"]
        route = discord.http.Route("POST", "/channels/{channel_id}/messages", channel_id=int(channel_id))
        try:
            await self.client.http.request(route, json=body)
        except (discord.NotFound, discord.Forbidden) as error:
            msg = f"Discord channel {channel_id} is gone or closed to the bot: {error.text or error.status}"
            raise ChannelGone(msg, reason=GONE[error.status]) from error
        except discord.RateLimited as error:
            raise RateLimited(f"Discord channel {channel_id}: rate limited", error.retry_after) from error
        except (discord.DiscordServerError, aiohttp.ClientError, OSError, asyncio.TimeoutError) as error:
            raise OutcomeUnknown(f"Discord channel {channel_id}: {type(error).__name__}: {error}") from error

    async def _find(self, channel_id: str, reply: Reply, tag: DigestTag) -> bool:
        route = discord.http.Route("GET", "/channels/{channel_id}/messages", channel_id=int(channel_id))
        messages = await self.client.http.request(route, params={"limit": 50})
        me = str(self.client.user.id) if self.client.user else None
        title = (render_message(reply)["embeds"] or [{}])[0].get("title")
        for message in messages or []:
            if (message.get("author") or {}).get("id") != me:
                continue
            if str(message.get("nonce") or "") == tag.nonce:
                return True
            posted = dt.datetime.fromisoformat(message["timestamp"]) if message.get("timestamp") else None
            same_day = posted is not None and posted >= tag.day_starts_at
            if same_day and title and any(e.get("title") == title for e in message.get("embeds") or []):
                return True
        return False


class TokenRejected(Exception):
    """Discord refused the bot token at login."""


@asynccontextmanager
async def rest_only_sender(token: str, api_url: str | None = None):
    """A ``DiscordDigestSender`` on a REST-only client: logs in over HTTP, never opens the gateway.

    Raises:
        TokenRejected: Discord refused ``token`` (``GET /users/@me`` answered 401).
    """
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice: the warnings are noise
    client = discord.Client(intents=discord.Intents.default(), allowed_mentions=discord.AllowedMentions.none())
    try:
        try:
            await client.login(token.strip())
        except discord.LoginFailure:
            raise TokenRejected from None
        yield DiscordDigestSender(client)
    finally:
        await client.close()
