"""Mentions answered per second by the Discord adapter, through the fake gateway and REST server.

The real discord.py client logs into ``tests/fakes/fake_discord.py`` on loopback;
the real core answers from the shipped knowledge (or ``--knowledge FILE``).
Latency runs from the moment the fake sends MESSAGE_CREATE on the gateway to the
moment the bot's reply POST arrives at the fake's REST server; the reply's
``message_reference`` pairs the two.

    .venv/bin/python benchmarks/discord_fake.py [--count 2000] [--knowledge FILE]

Two runs: one mention at a time (latency: p50/p99/max) and a burst of all the
mentions at once (throughput). Target: p99 under 20 ms over loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from pathlib import Path

import discord
import yarl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fakes.fake_discord import BOT_ID, FakeDiscord  # noqa: E402

from adapters.discord.client import CyberClient  # noqa: E402
from bot.ratelimit import RateLimiter  # noqa: E402
from bot.service import Bot  # noqa: E402

QUESTIONS = ("quote rutte", "event tirana", "events 2024", "today 9 october", "help", "when was the Berlin conference?")
TARGET_P99_MS = 20.0


async def one_by_one(fake: FakeDiscord, count: int) -> list[float]:
    """Latency of each mention in milliseconds, sending the next once the reply is in."""
    latencies = []
    for n in range(count):
        before = len(fake.calls)
        started = time.perf_counter()
        await fake.user_says(f"<@{BOT_ID}> {QUESTIONS[n % len(QUESTIONS)]}")
        await fake.wait_until(lambda: len(fake.calls) > before)
        latencies.append((fake.calls[before].at - started) * 1000)
    return latencies


async def burst(fake: FakeDiscord, count: int) -> float:
    """Seconds to answer ``count`` mentions sent back to back."""
    before = len(fake.calls)
    started = time.perf_counter()
    for n in range(count):
        await fake.user_says(f"<@{BOT_ID}> {QUESTIONS[n % len(QUESTIONS)]}")
    await fake.wait_until(lambda: len(fake.calls) >= before + count, timeout=300)
    return time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def main(count: int, knowledge: str | None) -> int:
    bot = Bot.from_path(knowledge)
    fake = await FakeDiscord().start()
    saved = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.api_url
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    client = CyberClient(bot, limiter=RateLimiter(max_calls=10**9, window=1.0), guild_ready_timeout=0.1)
    task = asyncio.create_task(client.start(fake.token))
    try:
        await asyncio.wait_for(client.wait_until_ready(), 10)
        await one_by_one(fake, 50)  # warm-up: caches, first-call imports
        latencies = await one_by_one(fake, count)
        seconds = await burst(fake, count)
    finally:
        await client.close()
        await task
        await fake.close()
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved

    p99 = percentile(latencies, 0.99)
    print(f"discord.py {discord.__version__}, Python {sys.version.split()[0]}, {count} mentions, questions: {', '.join(QUESTIONS)}")
    print(f"one at a time: {count / (sum(latencies) / 1000):.0f} mentions/s; gateway MESSAGE_CREATE -> REST reply "
          f"p50 {statistics.median(latencies):.2f} ms, p99 {p99:.2f} ms, max {max(latencies):.2f} ms")
    print(f"burst of {count}: {count / seconds:.0f} mentions/s ({seconds:.2f} s)")
    print(f"target p99 < {TARGET_P99_MS:.0f} ms: {'met' if p99 < TARGET_P99_MS else 'MISSED'}")
    return 0 if p99 < TARGET_P99_MS else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="mentions per run (default 2000)")
    parser.add_argument("--knowledge", metavar="FILE", help="knowledge YAML (default: the shipped one)")
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    sys.exit(asyncio.run(main(options.count, options.knowledge)))
