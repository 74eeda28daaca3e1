"""The Discord adapter: mentions, DMs and the ``/cyber`` app commands, in and out.

The only module that imports ``discord``. Each path is three steps, as in
bolt-python's thin adapters: Discord event -> ``Request`` -> ``bot.handle`` ->
``render_message`` -> one send. No answering logic lives here.

- ``@cyberbot quote rutte`` (or a DM) gets one reply to that message.
- ``/cyber ask text:…`` is the free-text form; the registry's ``app_command``
  commands become ``/cyber quote``, ``/cyber event``, … with autocomplete from
  the core's fuzzy search. Discord forbids a command that has subcommands from
  taking options itself, hence ``ask`` rather than a bare ``/cyber text:…``.
- Nothing the bot sends can ping: ``AllowedMentions.none()`` on the client and on
  every send, and the renderer defuses ``@everyone``/``@here``/``<@…>`` in text.
- The core runs on one worker thread, so a slow answer never stalls the gateway
  heartbeat and an interaction can be deferred before Discord's 3-second limit.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
import sys
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Optional

import discord
import yarl
from discord import app_commands

from bot.commands import COMMANDS, Argument, CommandSpec
from bot.curation.feedback import NOT_RECORDED, TOO_OLD, feedback_value
from bot.errors import ChannelGone
from bot.ratelimit import RateLimiter
from bot.reply import Reply
from bot.request import Request

from .feedback import FeedbackButtons
from .render import cut, render_message, render_notice

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USAGE = 0, 2
DEFER_AFTER = 1.5  # seconds to wait for the core before deferring; Discord allows 3
NO_PINGS = discord.AllowedMentions.none()
GROUP_NAME = "cyber"
DISCORD_NAMES = {"today": "onthisday"}  # registry name -> subcommand name, where they differ
PRIVATE_HELP = "Only you see the answer"

# One line each, naming the fix; never the token itself.
MISSING_TOKEN = "cyberbot discord: DISCORD_TOKEN is not set; copy the token from the Developer Portal (your application → Bot → Reset Token) into DISCORD_TOKEN."
BAD_TOKEN = "cyberbot discord: Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (your application → Bot → Reset Token) and set DISCORD_TOKEN to the new token."
PRIVILEGED_INTENT = "cyberbot discord: Discord refused a privileged intent; enable it in the Developer Portal (your application → Bot → Privileged Gateway Intents) or run without it."
BAD_GUILD_ID = "cyberbot discord: DISCORD_GUILD_ID must be a server id (a number), not {value!r}; copy it with Developer Mode → right-click the server → Copy Server ID."
BAD_RATE_LIMIT = "cyberbot discord: CYBERBOT_RATE_LIMIT: {error}"
COOLDOWN = "Easy there: you can ask again in {seconds} s."
FAILED = "Something went wrong; it has been logged."


def strip_mentions(content: str, bot_id: int) -> str:
    """``"<@123> quote rutte"`` or ``"<@!123> quote rutte"`` -> ``"quote rutte"``."""
    return " ".join(re.sub(rf"<@!?{bot_id}>", " ", content).split())


def subcommand_name(spec: CommandSpec) -> str:
    return DISCORD_NAMES.get(spec.name, spec.name)


def command_text(spec: CommandSpec, options: Mapping[str, object]) -> str:
    """Subcommand options back to the text the core parses: quote + {query: rutte} -> "quote rutte"."""
    values = [str(options[a.name]).strip() for a in spec.args if options.get(a.name)]
    return " ".join([spec.name, *values])


def to_send_kwargs(payload: dict) -> dict:
    """A rendered payload as keyword arguments for ``send``/``reply``/``send_message``."""
    kwargs: dict = {"embeds": [discord.Embed.from_dict(e) for e in payload["embeds"]], "allowed_mentions": NO_PINGS}
    if payload["content"]:
        kwargs["content"] = payload["content"]
    return kwargs


class CyberClient(discord.Client):
    """A ``discord.Client`` that answers mentions, DMs and ``/cyber`` with the core ``Bot``."""

    def __init__(self, bot, *, limiter: RateLimiter, sync: bool = False, guild_id: int | None = None,
                 env: Mapping[str, str] | None = None, **options):
        intents = discord.Intents.default()  # no privileged intent: mentions and DMs carry their content
        super().__init__(intents=intents, allowed_mentions=NO_PINGS, **options)
        self.core = bot
        self.limiter = limiter
        self.sync_on_start = sync
        self.guild_id = guild_id
        self.env = env or {}
        self._core_thread = ThreadPoolExecutor(1, thread_name_prefix="cyberbot-core")
        self._warned_until: dict[str, float] = {}
        self.feedback = FeedbackButtons()
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self.on_app_command_error
        self.tree.add_command(self.build_group())

    async def setup_hook(self) -> None:
        if self.sync_on_start:
            await self.sync_commands()
        await _start_digests(self.core, self, self.env)

    async def close(self) -> None:
        await super().close()
        self._core_thread.shutdown(wait=False, cancel_futures=True)

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Register ``/cyber`` globally, or only in ``guild_id`` (instant, for a test server)."""
        guild = discord.Object(id=self.guild_id) if self.guild_id else None
        if guild:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        log.info("synced %d app command(s) %s", len(synced), f"to server {self.guild_id}" if guild else "globally")
        return synced

    # -- the core, off the event loop ------------------------------------------------------

    def _ask_core(self, request: Request) -> asyncio.Future:
        """Start ``bot.handle(request)`` on the core thread."""
        return asyncio.get_running_loop().run_in_executor(self._core_thread, self.core.handle, request)

    async def answer(self, request: Request) -> dict:
        """``bot.handle`` on the core thread, rendered; never raises."""
        return await self._rendered(self._ask_core(request), request.text)

    async def _rendered(self, future: asyncio.Future, text: str) -> dict:
        try:
            reply = await future
            recorder = getattr(self.core, "recorder", None)  # a bot without one records nothing
            value = feedback_value(text, reply) if recorder is not None and recorder.settings.feedback else None
            return render_message(reply) | ({"feedback": value} if value else {})
        except Exception:
            log.exception("answering a Discord request failed")
            return render_notice(FAILED)

    def _cooldown(self, user: str) -> str | None:
        """None when ``user`` may ask now, else the polite sentence to answer with."""
        wait = self.limiter.wait(user)
        return None if wait is None else COOLDOWN.format(seconds=wait)

    # -- mentions and DMs ------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not self._is_for_me(message):
            return
        try:
            await self._answer_message(message)
        except Exception:
            log.exception("answering message %s failed", message.id)
            await message.reply(**to_send_kwargs(render_notice(FAILED)), mention_author=False)

    def _is_for_me(self, message: discord.Message) -> bool:
        if message.guild is None:
            return True
        return any(user.id == self.user.id for user in message.mentions)

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
        request = Request(
            strip_mentions(message.content, self.user.id),
            platform="discord",
            workspace=str(message.guild.id) if message.guild else "",
            channel=str(message.channel.id),
            user=user,
            can_manage=_can_manage_in_message(message),
        )
        payload = await self.answer(request)
        await message.reply(**self._send_kwargs(payload), mention_author=False)

    # -- /cyber ----------------------------------------------------------------------------

    def build_group(self) -> app_commands.Group:
        """``/cyber ask`` plus one subcommand per registry command marked ``app_command``."""
        group = app_commands.Group(name=GROUP_NAME, description="NATO cyber-defence events, pledges and quotes")
        ask = CommandSpec("ask", "Ask anything: a command or a question", args=(Argument("text", "a command or a question, e.g. when was the Tirana conference", required=True),))
        group.add_command(self._subcommand(ask, text_for=lambda options: str(options["text"])))
        for spec in COMMANDS:
            if spec.app_command:
                group.add_command(self._subcommand(spec, text_for=lambda options, spec=spec: command_text(spec, options)))
        return group

    def _subcommand(self, spec: CommandSpec, text_for) -> app_commands.Command:
        async def callback(interaction: discord.Interaction, **options) -> None:
            private = bool(options.pop("private", None))
            await self.respond(interaction, text_for(options), private=private)

        callback.__signature__ = _signature(spec.args)
        callback.__discord_app_commands_param_description__ = {a.name: cut(a.help, 100) for a in spec.args} | {"private": PRIVATE_HELP}
        command = app_commands.Command(name=subcommand_name(spec), description=cut(spec.summary, 100), callback=callback)
        for arg in spec.args:
            if arg.kind != "text":
                command.autocomplete(arg.name)(self._completer(arg.kind))
        return command

    def _completer(self, kind: str):
        async def complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            try:
                found = self.core.engine.complete(kind, current or "", limit=25)
            except Exception:
                log.exception("autocomplete for %s %r failed", kind, current)
                return []
            return [app_commands.Choice(name=cut(c.label, 100), value=c.value) for c in found if 0 < len(c.value) <= 100][:25]

        return complete

    async def respond(self, interaction: discord.Interaction, text: str, *, private: bool) -> None:
        """Answer an interaction within Discord's 3 seconds: at once, or defer then follow up."""
        refusal = self._cooldown(str(interaction.user.id))
        if refusal:
            await interaction.response.send_message(**to_send_kwargs(render_notice(refusal)), ephemeral=True)
            return
        request = Request(
            text,
            platform="discord",
            workspace=str(interaction.guild_id or ""),
            channel=str(interaction.channel_id or ""),
            user=str(interaction.user.id),
            can_manage=interaction.guild_id is None or interaction.permissions.manage_channels,
        )
        future = self._ask_core(request)
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
        recorder = getattr(self.core, "recorder", None)
        if found is None:
            return
        verdict, value = found
        if value is None or recorder is None:
            text = TOO_OLD if value is None else NOT_RECORDED
        else:
            rate = partial(recorder.rate, "discord", str(interaction.user.id), value, verdict, self.core.clock())
            text = await asyncio.get_running_loop().run_in_executor(self._core_thread, rate)
        await interaction.response.send_message(**to_send_kwargs(render_notice(text)), ephemeral=True)

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("/%s failed", getattr(interaction.command, "qualified_name", "?"), exc_info=error)
        kwargs = to_send_kwargs(render_notice(FAILED))
        if interaction.response.is_done():
            await interaction.followup.send(**kwargs, ephemeral=True)
        else:
            await interaction.response.send_message(**kwargs, ephemeral=True)


def _signature(args: tuple[Argument, ...]) -> inspect.Signature:
    """The callback signature discord.py reads the options from: one per argument, plus ``private``."""
    params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction)]
    for arg in args:
        if arg.required:
            params.append(inspect.Parameter(arg.name, inspect.Parameter.KEYWORD_ONLY, annotation=str))
        else:
            params.append(inspect.Parameter(arg.name, inspect.Parameter.KEYWORD_ONLY, annotation=Optional[str], default=None))
    params.append(inspect.Parameter("private", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[bool], default=None))
    return inspect.Signature(params)


def _can_manage_in_message(message: discord.Message) -> bool:
    """Manage Channels in that channel; True in DMs (the user owns the conversation)."""
    if message.guild is None:
        return True
    if not isinstance(message.author, discord.Member):
        return False
    return message.channel.permissions_for(message.author).manage_channels


class DiscordDigestSender:
    """Posts a digest reply to a channel; ``ChannelGone`` when it can never post there again."""

    def __init__(self, client: discord.Client):
        self.client = client

    async def send(self, channel_id: str, reply: Reply) -> None:
        channel = self.client.get_partial_messageable(int(channel_id))
        try:
            await channel.send(**to_send_kwargs(render_message(reply)))
        except (discord.NotFound, discord.Forbidden) as error:
            msg = f"Discord channel {channel_id} is gone or closed to the bot: {error.text or error.status}"
            raise ChannelGone(msg) from error


# ---- digests: the digest scheduler hooks in here ------------------------------------------

async def _start_digests(bot, client: discord.Client, env: Mapping[str, str]) -> None:
    """Answer ``digest ...`` commands and post due digests with ``DiscordDigestSender(client)`` from a task
    that ends when the client closes; off for a client given no environment (an embedded client in tests)."""
    if not env:
        return
    from ..digest_runner import start_digest_task

    client.digest_task = start_digest_task(bot, "discord", DiscordDigestSender(client), env, is_closed=client.is_closed)


# ---- running it -------------------------------------------------------------------------

def point_at(api_url: str | None, gateway_url: str | None) -> None:
    """Send REST calls to ``api_url`` and connect the gateway to ``gateway_url`` (tests, proxies)."""
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def run_discord(args, env: Mapping[str, str]) -> int:
    """``cyberbot discord [--sync]``: run until stopped; one line and exit 2 on a setup problem."""
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
    from bot.service import Bot
    from bot.curation.recorder import attach_recorder
    from bot.knowledge.watch import start_live_reload

    bot = Bot.from_path(args.knowledge)  # a KnowledgeError is printed by bot.cli
    attach_recorder(bot, env)  # what was asked and missed, for `cyberbot insights`
    start_live_reload(bot)  # an edited knowledge file (or SIGHUP) is picked up without a restart
    point_at(env.get("DISCORD_API_URL"), env.get("DISCORD_GATEWAY_URL"))
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False  # no voice: the warnings are noise
    client = CyberClient(bot, limiter=limiter, sync=args.sync, guild_id=int(guild) if guild else None, env=env)
    try:
        asyncio.run(_run(client, token))
    except discord.LoginFailure:
        return _fail(BAD_TOKEN)
    except discord.PrivilegedIntentsRequired:
        return _fail(PRIVILEGED_INTENT)
    return EXIT_OK


async def _run(client: CyberClient, token: str) -> None:
    async with client:
        await client.start(token)


def _fail(line: str) -> int:
    print(line, file=sys.stderr)
    return EXIT_USAGE
