"""The senders of ``cyberbot digest run --once``: one per platform that has a token, no gateway, no Bolt app.

Slack through ``slack_sdk.WebClient`` (``SLACK_BOT_TOKEN``, ``SLACK_API_URL``),
Discord over REST alone (``DISCORD_TOKEN``, ``DISCORD_API_URL``). The digest
service (``bot.digests.service``) does the rest; ``bot.cli`` wires both and
turns a ``SetupProblem`` into an exit code. Must not open the store, print or
exit, and must not be imported by an adapter (the CLI is the only caller).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from contextlib import AsyncExitStack, asynccontextmanager

from bot.digests.delivery import Outcome, Sender

NO_TOKENS = "cyberbot digest run: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN so there is somewhere to post."
ONLY_ONCE = "cyberbot digest run: add --once (post what is due and exit); `cyberbot slack` and `cyberbot discord` post digests while they run."
BAD_DISCORD_TOKEN = "cyberbot digest run: Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (your application → Bot → Reset Token)."


class SetupProblem(Exception):
    """A setting that stops the run before anything is posted; ``str()`` is the line to print."""


def has_tokens(env: Mapping[str, str]) -> bool:
    return bool(env.get("SLACK_BOT_TOKEN", "").strip() or env.get("DISCORD_TOKEN", "").strip())


@asynccontextmanager
async def digest_senders(env: Mapping[str, str]):
    """``async with digest_senders(env) as senders:`` a dict platform -> sender, closed on exit."""
    async with AsyncExitStack() as stack:
        senders: dict[str, Sender] = {}
        if env.get("SLACK_BOT_TOKEN", "").strip():
            senders["slack"] = slack_sender(env)
        if env.get("DISCORD_TOKEN", "").strip():
            senders["discord"] = await stack.enter_async_context(discord_sender(env))
        yield senders


def slack_sender(env: Mapping[str, str]):
    """A ``SlackDigestSender`` (slack_sdk only, no Bolt)."""
    from .slack.sender import SlackDigestSender, make_web_client
    from .slack.settings import SettingsError, command_setting, web_api_settings

    try:
        token, api_url = web_api_settings(env)
        command = command_setting(env)
    except SettingsError as error:
        raise SetupProblem(f"cyberbot digest run: {error}") from None
    return SlackDigestSender(make_web_client(token, api_url), command)


@asynccontextmanager
async def discord_sender(env: Mapping[str, str]):
    """A ``DiscordDigestSender`` over REST alone (``adapters.discord.sender.rest_only_sender``)."""
    from .discord.sender import TokenRejected, rest_only_sender

    try:
        async with rest_only_sender(env["DISCORD_TOKEN"], env.get("DISCORD_API_URL")) as sender:
            yield sender
    except TokenRejected:
        raise SetupProblem(BAD_DISCORD_TOKEN) from None


def summary(outcomes: list[Outcome]) -> str:
    """``"digests: 3 sent, 1 failed"``, or ``"digests: nothing due"``."""
    counts = Counter(o.status for o in outcomes)
    if not counts:
        return "digests: nothing due"
    order = ("sent", "skipped", "failed", "disabled", "lost_claim")
    return "digests: " + ", ".join(f"{counts[s]} {s.replace('_', ' ')}" for s in order if counts[s])
