"""The real Discord adapter (``CyberClient``) logged into a ``FakeDiscord`` on loopback.

    async with running_client(monkeypatch, bot) as (fake, client):
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [call] = await fake.wait_until(lambda: fake.posted("/messages"))
"""

from __future__ import annotations

import asyncio
import contextlib

from adapters.discord.client import CyberClient
from bot.ratelimit import RateLimiter
from tests.fakes.bots import RecordingBot, shipped_bot  # noqa: F401 - re-exported for the Discord tests
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
