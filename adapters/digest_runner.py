"""Digests at the edges: ``cyberbot digest run --once``, and the scheduler inside running adapters.

``run_digests`` posts the digests due now, then exits (for cron or a CronJob).

Senders are built only for the platforms that have a token: Slack through
``slack_sdk.WebClient`` (``SLACK_BOT_TOKEN``, ``SLACK_API_URL``), Discord over
REST alone (``DISCORD_TOKEN``, ``DISCORD_API_URL``; no gateway connection).
The claim protocol in the store makes it safe to run this beside a running
bot, or from two cron hosts at once: each digest is posted once.

``start_digest_thread`` (Slack) and ``start_digest_task`` (Discord) are what the
adapters' ``_start_digests`` hooks call: open the store, let the bot answer
``digest ...`` commands, and post due digests for as long as the adapter runs.
Either way the scheduler runs in a thread of its own, off the adapter's event loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
import threading
import time
from collections import Counter
from collections.abc import Mapping
from contextlib import AsyncExitStack

from bot.digests.commands import DigestCommands, default_timezone
from bot.errors import StoreError
from bot.digests.schedule import DEFAULT_GRACE
from bot.digests.scheduler import DigestScheduler, Outcome, Sender
from bot.store import Store, default_db_path

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
NO_TOKENS = "cyberbot digest run: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN so there is somewhere to post."
ONLY_ONCE = "cyberbot digest run: add --once (post what is due and exit); `cyberbot slack` and `cyberbot discord` post digests while they run."
BAD_DISCORD_TOKEN = "cyberbot digest run: Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (your application → Bot → Reset Token)."


class SetupProblem(Exception):
    """A setting that stops the run before anything is posted; ``str()`` is the line to print."""


def run_digests(args, env: Mapping[str, str]) -> int:
    """Post what is due, print one summary line; exit 1 when a send failed (it is retried next run)."""
    if not getattr(args, "once", False):
        print(ONLY_ONCE, file=sys.stderr)
        return EXIT_USAGE
    if not (env.get("SLACK_BOT_TOKEN", "").strip() or env.get("DISCORD_TOKEN", "").strip()):
        print(NO_TOKENS, file=sys.stderr)
        return EXIT_USAGE
    from bot.service import Bot

    bot = Bot.from_path(args.knowledge)  # a KnowledgeError is printed by bot.cli
    try:
        store = Store.open(default_db_path(env))
    except StoreError as error:
        print(f"cyberbot digest run: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        outcomes = asyncio.run(_post_due(bot, store, env))
    except SetupProblem as problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    print(summary(outcomes))
    return EXIT_FAILED if any(o.status == "failed" for o in outcomes) else EXIT_OK


async def _post_due(bot, store: Store, env: Mapping[str, str]) -> list[Outcome]:
    async with AsyncExitStack() as stack:
        senders = {}
        if env.get("SLACK_BOT_TOKEN", "").strip():
            senders["slack"] = slack_sender(env)
        if env.get("DISCORD_TOKEN", "").strip():
            senders["discord"] = await stack.enter_async_context(discord_sender(env))
        return await scheduler_for(bot, store, senders, env).run_due()


def scheduler_for(bot, store: Store, senders: dict[str, Sender], env: Mapping[str, str]) -> DigestScheduler:
    """A scheduler on the bot's knowledge and clock, with the catch-up window of ``CYBERBOT_DIGEST_GRACE_HOURS``."""
    return DigestScheduler(store, lambda: bot.knowledge, senders, bot.clock, grace=grace_window(env))


def grace_window(env: Mapping[str, str]) -> dt.timedelta:
    """``$CYBERBOT_DIGEST_GRACE_HOURS`` (default 6): how late a missed digest may still be posted that day."""
    text = env.get("CYBERBOT_DIGEST_GRACE_HOURS", "").strip()
    if not text:
        return DEFAULT_GRACE
    try:
        hours = float(text)
    except ValueError:
        hours = -1.0
    if not 0 <= hours <= 24:
        log.warning("CYBERBOT_DIGEST_GRACE_HOURS must be a number of hours from 0 to 24, not %r; using 6", text)
        return DEFAULT_GRACE
    return dt.timedelta(hours=hours)


def slack_sender(env: Mapping[str, str]):
    """A ``SlackDigestSender`` on a Web API client that waits out 429s (slack_sdk only, no Bolt)."""
    from .slack.sender import SlackDigestSender, make_web_client
    from .slack.settings import SettingsError, command_setting, web_api_settings

    try:
        token, api_url = web_api_settings(env)
        command = command_setting(env)
    except SettingsError as error:
        raise SetupProblem(f"cyberbot digest run: {error}") from None
    return SlackDigestSender(make_web_client(token, api_url), command)


class discord_sender:  # noqa: N801 - used as ``async with discord_sender(env) as sender``
    """A ``DiscordDigestSender`` on a REST-only client: logs in over HTTP, never opens the gateway."""

    def __init__(self, env: Mapping[str, str]):
        self.env = env
        self.client = None

    async def __aenter__(self):
        import discord

        from .discord.client import NO_PINGS, DiscordDigestSender, point_at

        point_at(self.env.get("DISCORD_API_URL"), None)
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice: the warnings are noise
        self.client = discord.Client(intents=discord.Intents.default(), allowed_mentions=NO_PINGS)
        try:
            await self.client.login(self.env["DISCORD_TOKEN"].strip())  # GET /users/@me: a bad token fails here
        except discord.LoginFailure:
            await self.client.close()
            raise SetupProblem(BAD_DISCORD_TOKEN) from None
        return DiscordDigestSender(self.client)

    async def __aexit__(self, *exc_info) -> None:
        await self.client.close()


def summary(outcomes: list[Outcome]) -> str:
    """``"digests: 3 sent, 1 failed"``, or ``"digests: nothing due"``."""
    counts = Counter(o.status for o in outcomes)
    if not counts:
        return "digests: nothing due"
    order = ("sent", "skipped", "failed", "disabled", "lost_claim")
    return "digests: " + ", ".join(f"{counts[s]} {s.replace('_', ' ')}" for s in order if counts[s])


def attach_digests(bot, env: Mapping[str, str]) -> Store | None:
    """Open the store and set ``bot.digests``; None, with a log line, when the store cannot be opened."""
    try:
        store = Store.open(default_db_path(env))
    except StoreError as error:
        log.error("daily digests are off: %s", error)
        return None
    bot.digests = DigestCommands(store, default_timezone(env))
    log.info("daily digests: store %s", store.path)
    return store


def start_digest_thread(bot, platform: str, sender: Sender, env: Mapping[str, str]) -> DigestScheduler | None:
    """Post digests from a daemon thread with its own event loop (for the synchronous Slack adapter)."""
    store = attach_digests(bot, env)
    if store is None:
        return None
    scheduler = scheduler_for(bot, store, {platform: sender}, env)
    threading.Thread(target=asyncio.run, args=(scheduler.run_forever(),), name="cyberbot-digests", daemon=True).start()
    return scheduler


def start_digest_task(bot, platform: str, sender: Sender, env: Mapping[str, str], *, is_closed) -> asyncio.Task | None:
    """Post digests for an asyncio client (Discord); the task ends once ``is_closed()`` turns true.

    The scheduler runs in a worker thread with its own event loop, so its SQLite
    work (a claim may wait up to the busy timeout for another process) never
    stalls the client's loop; each send is handed back to the client's loop.
    """
    store = attach_digests(bot, env)
    if store is None:
        return None
    loop = asyncio.get_running_loop()
    scheduler = scheduler_for(bot, store, {platform: OnLoop(sender, loop)}, env)

    async def sleep_unless_closed(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not is_closed() and (left := deadline - time.monotonic()) > 0:
            await asyncio.sleep(min(1.0, left))
        if is_closed():
            scheduler.stop()
            store.close()

    scheduler.sleep = sleep_unless_closed
    return loop.create_task(asyncio.to_thread(asyncio.run, scheduler.run_forever()), name="cyberbot-digests")


class OnLoop:
    """A sender whose ``send`` runs on ``loop`` (the client's), awaited from another thread's loop."""

    def __init__(self, sender: Sender, loop: asyncio.AbstractEventLoop):
        self.sender = sender
        self.loop = loop

    async def send(self, channel_id: str, reply) -> None:
        await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self.sender.send(channel_id, reply), self.loop))
