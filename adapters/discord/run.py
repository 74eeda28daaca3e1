"""``cyberbot discord [--sync]``: read the settings, log in, answer until stopped.

The Discord adapter's entry point, called by ``bot.cli``. A setup problem is
one line on stderr naming the fix and exit 2, never a traceback or the token.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Mapping

import discord

from bot.ratelimit import RateLimiter

from .client import CyberClient, point_at

EXIT_OK, EXIT_USAGE = 0, 2

# One line each, naming the fix; never the token itself.
MISSING_TOKEN = "cyberbot discord: DISCORD_TOKEN is not set; copy the token from the Developer Portal (your application → Bot → Reset Token) into DISCORD_TOKEN."
BAD_TOKEN = "cyberbot discord: Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (your application → Bot → Reset Token) and set DISCORD_TOKEN to the new token."
PRIVILEGED_INTENT = "cyberbot discord: Discord refused a privileged intent; enable it in the Developer Portal (your application → Bot → Privileged Gateway Intents) or run without it."
BAD_GUILD_ID = "cyberbot discord: DISCORD_GUILD_ID must be a server id (a number), not {value!r}; copy it with Developer Mode → right-click the server → Copy Server ID."
BAD_RATE_LIMIT = "cyberbot discord: CYBERBOT_RATE_LIMIT: {error}"


def run_discord(args, env: Mapping[str, str], *, digests=None) -> int:
    """``cyberbot discord [--sync]``: run until stopped; one line and exit 2 on a setup problem.

    ``digests`` is the digest service the CLI opened (None: digests off).
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
    from bot.knowledge.watch import start_live_reload
    from bot.service import Bot

    bot = Bot.from_path(args.knowledge, digests=digests.commands if digests else None)  # a KnowledgeError is printed by bot.cli
    start_live_reload(bot)  # an edited knowledge file (or SIGHUP) is picked up without a restart
    point_at(env.get("DISCORD_API_URL"), env.get("DISCORD_GATEWAY_URL"))
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice: the warnings are noise
    client = CyberClient(bot, limiter=limiter, sync=args.sync, guild_id=int(guild) if guild else None,
                         digests=digests)
    try:
        asyncio.run(_run(client, token))
    except discord.LoginFailure:
        return _fail(BAD_TOKEN)
    except discord.PrivilegedIntentsRequired:
        return _fail(PRIVILEGED_INTENT)
    return EXIT_OK


async def _run(client: CyberClient, token: str) -> None:
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):  # a stop closes the client (and its digests) on its own loop
        loop.add_signal_handler(number, lambda: loop.create_task(client.close()))
    async with client:
        await client.start(token)


def _fail(line: str) -> int:
    print(line, file=sys.stderr)
    return EXIT_USAGE
