"""The real Discord adapter (``CyberClient``) logged into a ``FakeDiscord`` on loopback.

    async with running_client(monkeypatch, bot) as (fake, client):
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [call] = await fake.wait_until(lambda: fake.posted("/messages"))
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass

from adapters.discord_adapter import CyberClient
from bot.ratelimit import RateLimiter
from bot.reply import Block, Reply

from .fake_discord import FakeDiscord


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


@dataclass(frozen=True)
class Choice:
    label: str
    value: str


class StandInEngine:
    """Autocomplete like the core's: choices whose label starts with the prefix."""

    NAMES = {"speaker": ("Mark Rutte", "Jens Stoltenberg", "Kajsa Ollongren"),
             "event": ("NATO Cyber Defence Pledge Conference 2025, Tirana", "Berlin 2024")}

    def complete(self, kind: str, prefix: str, limit: int = 25) -> list[Choice]:
        names = self.NAMES.get(kind, ()) if prefix != "many" else [f"Choice {n}" for n in range(60)]
        return [Choice(n, n.lower()) for n in names if prefix.lower() in n.lower() or prefix == "many"][:limit]


class RecordingBot:
    """Stands in for ``bot.service.Bot``: records each request, answers with ``reply_for``."""

    def __init__(self, reply_for=None):
        self.requests = []
        self.engine = StandInEngine()
        self._reply_for = reply_for or (lambda request: Reply("answer", f"You asked: {request.text}",
                                                              blocks=(Block("An answer."),)))

    def handle(self, request):
        self.requests.append(request)
        return self._reply_for(request)
