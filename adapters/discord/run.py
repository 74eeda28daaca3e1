"""``cyberbot discord [--sync]``: read the settings, log in, answer until stopped.

The Discord adapter's entry point, called by ``bot.cli``. A setup problem is
one line on stderr naming the fix and exit 2, never a traceback or the token.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Mapping

import aiohttp
import discord

from bot.ratelimit import RateLimiter

from ..health import bot_problem, start_health_server
from ..metrics import attach as attach_metrics
from ..metrics import instrument_digests
from .client import CyberClient, ShardedCyberClient, point_at

EXIT_OK, EXIT_USAGE = 0, 2

# One line each, naming the fix; never the token itself.
MISSING_TOKEN = "cyberbot discord: DISCORD_TOKEN is not set; copy the token from the Developer Portal (your application → Bot → Reset Token) into DISCORD_TOKEN."
BAD_TOKEN = "cyberbot discord: Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (your application → Bot → Reset Token) and set DISCORD_TOKEN to the new token."
PRIVILEGED_INTENT = "cyberbot discord: Discord refused a privileged intent; enable it in the Developer Portal (your application → Bot → Privileged Gateway Intents) or run without it."
BAD_GUILD_ID = "cyberbot discord: DISCORD_GUILD_ID must be a server id (a number), not {value!r}; copy it with Developer Mode → right-click the server → Copy Server ID."
BAD_RATE_LIMIT = "cyberbot discord: CYBERBOT_RATE_LIMIT: {error}"
UNREACHABLE = "cyberbot discord: cannot reach Discord ({reason}); check the network, a proxy or DISCORD_API_URL, then start again."
REFUSED = "cyberbot discord: Discord refused {what} ({status} {reason}); check the bot's permissions in the Developer Portal and the server."
EXIT_UNREACHABLE = 1
BAD_SHARDS = "cyberbot discord: --shards/DISCORD_SHARD_COUNT must be a whole number of shards from 1 up, not {value!r}."
SHARD_IDS_ALONE = "cyberbot discord: --shard-ids/DISCORD_SHARD_IDS needs --shards/DISCORD_SHARD_COUNT, the number of shards in all."
BAD_SHARD_IDS = "cyberbot discord: --shard-ids/DISCORD_SHARD_IDS must list shard numbers from 0 to {last}, e.g. 0,1; not {value!r}."


def run_discord(args, env: Mapping[str, str], *, digests=None, stop=None) -> int:
    """``cyberbot discord [--sync]``: run until stopped; one line and exit 2 on a setup problem.

    ``digests`` is the digest service the CLI opened (None: digests off); ``stop`` the CLI's SIGTERM/SIGINT
    flag (``bot.stopping``): a signal whose interrupt was lost during the load still stops the bot before it connects.
    """
    token = (env.get("DISCORD_TOKEN") or "").strip()
    if not token:
        return _fail(MISSING_TOKEN)
    guild = (env.get("DISCORD_GUILD_ID") or "").strip()
    if guild and not guild.isdigit():
        return _fail(BAD_GUILD_ID.format(value=guild))
    try:
        limiter = RateLimiter.from_setting(env.get("CYBERBOT_RATE_LIMIT"))
    except ValueError as error:
        return _fail(BAD_RATE_LIMIT.format(error=error))
    try:
        sharding = read_sharding(getattr(args, "shards", None), getattr(args, "shard_ids", None))
    except ValueError as error:
        return _fail(str(error))
    from bot.curation.recorder import attach_recorder
    from bot.knowledge.watch import start_live_reload
    from bot.awaiting import load_or_await

    bot = load_or_await(args.knowledge, digests=digests.commands if digests else None)  # a broken file: up, not ready
    attach_recorder(bot, env)  # what was asked and missed, for `cyberbot insights`
    metrics = attach_metrics(bot)
    if digests is not None:
        instrument_digests(digests, metrics)  # posts, failures, retries and store errors
    if stop is not None:
        stop.serving()  # threads start from here: a signal only sets the flag ``_run`` reads (``bot.stopping``)
    start_live_reload(bot)  # an edited knowledge file (or SIGHUP) is picked up without a restart
    point_at(env.get("DISCORD_API_URL"), env.get("DISCORD_GATEWAY_URL"))
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice: the warnings are noise
    client_class = ShardedCyberClient if sharding else CyberClient
    client = client_class(bot, limiter=limiter, sync=args.sync, guild_id=int(guild) if guild else None,
                          digests=digests, **sharding)
    if getattr(args, "health_port", None) is not None:
        try:
            start_health_server(env.get("CYBERBOT_HEALTH_HOST", "0.0.0.0"), args.health_port,
                                lambda: bot_problem(bot, args) or gateway_problem(client), metrics.exposition)
        except OSError as error:
            return _fail(f"cyberbot discord: cannot serve --health-port {args.health_port}: {error.strerror}")
    try:
        asyncio.run(_run(client, token, lambda: stop is not None and stop.requested))
    except discord.LoginFailure:
        return _fail(BAD_TOKEN)
    except discord.PrivilegedIntentsRequired:
        return _fail(PRIVILEGED_INTENT)
    except discord.HTTPException as error:  # Forbidden on a --sync without the scope, a 5xx at login
        return _fail(REFUSED.format(what="a request", status=error.status, reason=error.text or "no reason given"))
    except (OSError, aiohttp.ClientError, asyncio.TimeoutError, discord.GatewayNotFound) as error:
        print(UNREACHABLE.format(reason=_one_line(error)), file=sys.stderr)
        return EXIT_UNREACHABLE
    return EXIT_OK


def read_sharding(shards: str | None, shard_ids: str | None) -> dict:
    """``{}`` (one connection), or ``shard_count`` and ``shard_ids`` for ``ShardedCyberClient``; ValueError: one line."""
    if shards is None:
        if shard_ids is not None:
            raise ValueError(SHARD_IDS_ALONE)
        return {}
    text = str(shards).strip()
    if not text.isdigit() or int(text) < 1:
        raise ValueError(BAD_SHARDS.format(value=text))
    count = int(text)
    if shard_ids is None:
        return {"shard_count": count}
    words = [w.strip() for w in str(shard_ids).split(",") if w.strip()]
    if not words or not all(w.isdigit() and int(w) < count for w in words):
        raise ValueError(BAD_SHARD_IDS.format(last=count - 1, value=shard_ids))
    return {"shard_count": count, "shard_ids": sorted({int(w) for w in words})}


def gateway_problem(client: discord.Client) -> str | None:
    """None while the client is logged in and connected to the gateway."""
    return None if client.is_ready() and not client.is_closed() else "not connected to the Discord gateway"


async def _run(client: CyberClient, token: str, stopped=lambda: False) -> None:
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):  # a stop closes the client (and its digests) on its own loop
        loop.add_signal_handler(number, lambda: loop.create_task(client.close()))
    if stopped():  # asked before these handlers, and its interrupt lost: do not connect at all
        return
    async with client:
        await client.start(token)


def _one_line(error: BaseException) -> str:
    """``ClientConnectorError: Cannot connect to host …``, cut to one short line."""
    text = " ".join(str(error).split()) or "no detail"
    return f"{type(error).__name__}: {text}"[:200]


def _fail(line: str) -> int:
    print(line, file=sys.stderr)
    return EXIT_USAGE
