"""The Discord client: mentions, DMs and the ``/cyber`` app commands, in and out.

Each path is three steps, as in bolt-python's thin adapters: *to request*
(``to_request``), the core's ``Bot.handle``, *render* (``render_message``),
then one send. No answering logic and no reading of the words here.

- ``@cyberbot quote rutte`` (or a DM) gets one reply to that message.
- ``/cyber …`` app commands are built from the registry (``tree``).
- Nothing the bot sends can ping: ``AllowedMentions.none()`` on the client and on
  every send, and the renderer defuses ``@everyone``/``@here``/``<@…>`` in text.
- The bot runs on one worker thread, so a slow answer never stalls the gateway
  heartbeat and an interaction can be deferred before Discord's 3-second limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import discord
import yarl
from discord import app_commands

from bot.awaiting import when_loaded
from bot.curation.feedback import NOT_RECORDED, TOO_OLD, feedback_value
from bot.ratelimit import RateLimiter
from bot.request import Request

from . import to_request
from .feedback import FeedbackButtons
from .render import render_message, render_notice
from .sender import DiscordDigestSender
from .tree import build_group

log = logging.getLogger(__name__)

DEFER_AFTER = 1.5  # seconds to wait for the core before deferring; Discord allows 3
NO_PINGS = discord.AllowedMentions.none()
COOLDOWN = "Easy there: you can ask again in {seconds} s."
FAILED = "Something went wrong; it has been logged."


def to_send_kwargs(payload: dict) -> dict:
    """A rendered payload as keyword arguments for ``send``/``reply``/``send_message``."""
    kwargs: dict = {"embeds": [discord.Embed.from_dict(e) for e in payload["embeds"]], "allowed_mentions": NO_PINGS}
    if payload["content"]:
        kwargs["content"] = payload["content"]
    return kwargs


class CyberClient(discord.Client):
    """A ``discord.Client`` that answers mentions, DMs and ``/cyber`` with the core ``Bot``."""

    def __init__(self, bot, *, limiter: RateLimiter, sync: bool = False, guild_id: int | None = None,
                 digests=None, **options):
        """``digests`` is the digest service the CLI opened (None: digests off); it starts once logged in."""
        intents = discord.Intents.default()  # no privileged intent: mentions and DMs carry their content
        super().__init__(intents=intents, allowed_mentions=NO_PINGS, **options)
        self.bot = bot
        self.limiter = limiter
        self.sync_on_start = sync
        self.guild_id = guild_id
        self.digests = digests
        self._bot_thread = ThreadPoolExecutor(1, thread_name_prefix="cyberbot-bot")
        self._warned_until: dict[str, float] = {}
        self.feedback = FeedbackButtons()
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self.on_app_command_error
        self.tree.add_command(build_group(self.respond, self.bot.complete))

    async def setup_hook(self) -> None:
        if self.sync_on_start:
            await self.sync_commands()
        if self.digests is not None:  # once the knowledge is loaded: a file still broken has nothing to post
            sender = DiscordDigestSender(self)
            when_loaded(self.bot, lambda: self.digests.start(self.bot, {"discord": sender}))

    async def close(self) -> None:
        if self.digests is not None:  # lets a digest in flight finish on this loop, then closes the store
            await asyncio.to_thread(self.digests.stop)
        await super().close()
        self._bot_thread.shutdown(wait=False, cancel_futures=True)

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Register ``/cyber`` globally, or only in ``guild_id`` (instant, for a test server)."""
        guild = discord.Object(id=self.guild_id) if self.guild_id else None
        if guild:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        log.info("synced %d app command(s) %s", len(synced), f"to server {self.guild_id}" if guild else "globally")
        return synced

    # -- the bot, off the event loop ------------------------------------------------------

    def _ask_bot(self, request: Request) -> asyncio.Future:
        """Start ``bot.handle(request)`` on the bot thread."""
        return asyncio.get_running_loop().run_in_executor(self._bot_thread, self.bot.handle, request)

    async def _rendered(self, future: asyncio.Future, text: str = "") -> dict:
        """The core's reply, rendered, with what its feedback buttons carry; never raises."""
        try:
            reply = await future
            recorder = getattr(self.bot, "recorder", None)  # a bot without one records nothing
            value = feedback_value(text, reply) if recorder is not None and recorder.settings.feedback else None
            return render_message(reply) | ({"feedback": value} if value else {})
        except Exception:
            log.exception("answering a Discord request failed")
            return render_notice(FAILED)

    def _cooldown(self, user: str) -> str | None:
        """None when ``user`` may ask now, else the polite sentence to answer with."""
        wait = self.limiter.wait(user)
        if wait is None:
            return None
        self.bot.note_rate_limited("discord")
        return COOLDOWN.format(seconds=wait)

    # -- mentions and DMs ------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not self._is_for_me(message):
            return
        try:
            await self._answer_message(message)
        except (discord.Forbidden, discord.NotFound) as error:  # nowhere to say anything: say it in the log, once
            log.warning("cannot reply in Discord channel %s (%s): %s", message.channel.id, error.status, error.text)
        except Exception:
            log.exception("answering message %s failed", message.id)
            with contextlib.suppress(discord.HTTPException):
                await message.reply(**to_send_kwargs(render_notice(FAILED)), mention_author=False)

    def _is_for_me(self, message: discord.Message) -> bool:
        """A DM, or a message that mentions the bot or the role Discord made for it."""
        if message.guild is None:
            return True
        own_role = message.guild.self_role
        return any(user.id == self.user.id for user in message.mentions) or (
            own_role is not None and own_role in message.role_mentions)

    async def _answer_message(self, message: discord.Message) -> None:
        user = str(message.author.id)
        refusal = self._cooldown(user)
        if refusal:
            now = time.monotonic()
            if self._warned_until.get(user, 0) < now:  # say it once per wait, not per message
                # Keep only waits still running: the table stays as small as the users being held back.
                self._warned_until = {u: t for u, t in self._warned_until.items() if t > now}
                self._warned_until[user] = now + self.limiter.retry_after(user)
                await message.reply(**to_send_kwargs(render_notice(refusal)), mention_author=False)
            return
        own_role = message.guild.self_role if message.guild else None
        request = to_request.from_message(message, self.user.id, own_role.id if own_role else None)
        payload = await self._rendered(self._ask_bot(request), request.text)
        await message.reply(**self._send_kwargs(payload), mention_author=False)

    # -- /cyber ----------------------------------------------------------------------------

    async def respond(self, interaction: discord.Interaction, text: str, private: bool) -> None:
        """Answer an interaction within Discord's 3 seconds: at once, or defer then follow up."""
        refusal = self._cooldown(str(interaction.user.id))
        if refusal:
            await interaction.response.send_message(**to_send_kwargs(render_notice(refusal)), ephemeral=True)
            return
        future = self._ask_bot(to_request.from_interaction(interaction, text))
        done, _ = await asyncio.wait({future}, timeout=DEFER_AFTER)
        if done:
            await interaction.response.send_message(**self._send_kwargs(await self._rendered(future, text)), ephemeral=private)
            return
        await interaction.response.defer(ephemeral=private, thinking=True)
        await interaction.followup.send(**self._send_kwargs(await self._rendered(future, text)), ephemeral=private)

    def _send_kwargs(self, payload: dict) -> dict:
        """``to_send_kwargs``, with the "Helpful" / "Not right" buttons when the payload carries feedback."""
        kwargs = to_send_kwargs(payload)
        if payload.get("feedback"):
            kwargs["view"] = self.feedback.view(payload["feedback"])
        return kwargs

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A click on "Helpful" / "Not right": recorded once per person and answer, thanked privately."""
        if interaction.type != discord.InteractionType.component:
            return
        found = self.feedback.read(str((interaction.data or {}).get("custom_id", "")))
        if found is None:
            return
        verdict, value = found
        recorder = getattr(self.bot, "recorder", None)
        if value is None or recorder is None:
            text = TOO_OLD if value is None else NOT_RECORDED
        else:
            rate = partial(recorder.rate, "discord", str(interaction.user.id), value, verdict, self.bot.clock())
            text = await asyncio.get_running_loop().run_in_executor(self._bot_thread, rate)
        await interaction.response.send_message(**to_send_kwargs(render_notice(text)), ephemeral=True)

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("/%s failed", getattr(interaction.command, "qualified_name", "?"), exc_info=error)
        kwargs = to_send_kwargs(render_notice(FAILED))
        if interaction.response.is_done():
            await interaction.followup.send(**kwargs, ephemeral=True)
        else:
            await interaction.response.send_message(**kwargs, ephemeral=True)


class ShardedCyberClient(CyberClient, discord.AutoShardedClient):
    """The same client over several gateway shards (``shard_count``, and ``shard_ids`` for this process's share).

    Large bots split their servers over shards, and the shards over processes or
    hosts: each process runs ``cyberbot discord --shards N --shard-ids i,j``.
    Digests need no coordination: every process claims a digest in the shared store
    before posting it, so each channel gets one whichever process posts it.
    """


def point_at(api_url: str | None, gateway_url: str | None) -> None:
    """Send REST calls to ``api_url`` and connect the gateway to ``gateway_url`` (tests, proxies)."""
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


