"""The real Discord adapter (``CyberClient``) logged into a ``FakeDiscord`` on loopback.

    async with running_client(monkeypatch, bot) as (fake, client):
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [call] = await fake.wait_until(lambda: fake.posted("/messages"))
"""

from __future__ import annotations

import asyncio
import contextlib
import functools

from adapters.discord.client import CyberClient
from bot.ratelimit import RateLimiter
from bot.service import Bot

from tests.fakes.fake_discord import FakeDiscord


@contextlib.asynccontextmanager
async def running_client(monkeypatch, bot, *, fake: FakeDiscord | None = None, sync: bool = False,
                         guild_id: int | None = None, rate_limit: str = "1000/1"):
    """Start the fake, point discord.py at it, log the client in; close both on exit."""
    fake = fake or await FakeDiscord().start()
    fake.patch_discord(monkeypatch)
    client = CyberClient(bot, limiter=RateLimiter.from_setting(rate_limit), sync=sync, guild_id=guild_id,
                         guild_ready_timeout=0.1)
    task = asyncio.create_task(client.start(fake.token))
    try:
        ready = asyncio.create_task(client.wait_until_ready())
        await asyncio.wait({ready, task}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # login failed: raise it here
        assert ready.done(), "the client never became ready"
        yield fake, client
    finally:
        await client.close()
        with contextlib.suppress(Exception):
            await task
        await fake.close()


@functools.cache
def shipped_bot() -> Bot:
    """The real core on the shipped knowledge, loaded once for the whole run."""
    return Bot.from_path(None)


class RecordingBot:
    """The real core (``shipped_bot()``), noting each request that reaches it.

    ``reply_for`` replaces the core's answer only where a test is about the adapter's
    handling of a core that fails, is slow, or answers with pings and mentions.
    """

    def __init__(self, reply_for=None, *, core: Bot | None = None):
        self.requests = []
        self.core = core or shipped_bot()
        self._reply_for = reply_for or self.core.handle

    @property
    def engine(self):
        return self.core.engine

    def handle(self, request):
        self.requests.append(request)
        return self._reply_for(request)
