"""The registry is the dispatcher: every command has a handler, every handler a command, and a new
command is one registry entry plus one handler, seen at once by help, Slack's manifest and Discord."""

from __future__ import annotations

import contextlib

import pytest
import yaml
from fakes.bots import RecordingBot
from fakes.knowledge_files import knowledge_copy

from adapters.discord.client import CyberClient
from adapters.discord.tree import GROUP_NAME
from adapters.slack.manifest import manifest_yaml
from adapters.text_render import render_text
from bot.commands import COMMANDS, Argument, CommandSpec
from bot.handlers import HANDLERS, Call, handles
from bot.ratelimit import RateLimiter
from bot.reply import Block, Reply
from bot.request import EVERY_ROLE, Request
from bot.service import Bot


def test_every_command_has_a_handler_and_every_handler_a_command():
    named = {spec.handler for spec in COMMANDS}
    assert "" not in named, [spec.name for spec in COMMANDS if not spec.handler]
    assert named == set(HANDLERS)


def test_subcommands_are_answered_by_their_parents_handler():
    assert all(not sub.handler for spec in COMMANDS for sub in spec.subcommands)


def test_only_commands_answered_from_the_knowledge_alone_are_memoised():
    assert {spec.name for spec in COMMANDS if not spec.pure} == {"digest", "reload"}


@pytest.mark.parametrize("spec", [s for s in COMMANDS if s.name not in ("digest", "reload")], ids=lambda s: s.name)
def test_each_command_reaches_its_own_handler(tmp_path, spec):
    """Every example in the registry is answered by the handler its entry names, and by no other."""
    bot = Bot.from_path(str(knowledge_copy(tmp_path)))
    reached = []
    original = HANDLERS[spec.handler]
    HANDLERS[spec.handler] = lambda call: reached.append(call.command.name) or original(call)
    try:
        for example in spec.examples:
            bot.handle(Request(example, roles=EVERY_ROLE))
    finally:
        HANDLERS[spec.handler] = original
    assert reached == [spec.name] * len(spec.examples)


@contextlib.contextmanager
def toy_command():
    """``ping [word]``: one registry entry, one handler; both gone again afterwards."""
    spec = CommandSpec("ping", "Answer pong, to show the bot is alive.", handler="ping", app_command=True,
                       args=(Argument("word", "a word to echo"),), examples=("ping", "ping hello"))

    @handles("ping")
    def ping(call: Call) -> Reply:
        return Reply("answer", "pong", blocks=(Block(call.command.args or "no word"),))

    COMMANDS.add(spec)
    try:
        yield spec
    finally:
        COMMANDS.remove("ping")
        HANDLERS.pop("ping")


async def test_a_toy_command_is_answered_and_shows_in_help_the_slack_manifest_and_discords_tree(tmp_path):
    bot = Bot.from_path(str(knowledge_copy(tmp_path)))
    with toy_command():
        answer = bot.handle(Request("ping hello"))
        via_mention = bot.handle(Request("<@U1> ping", bot_user="U1"))
        help_all = render_text(bot.handle(Request("help")))
        help_ping = render_text(bot.handle(Request("help ping")))
        manifest = yaml.safe_load(manifest_yaml())
        client = CyberClient(RecordingBot(core=bot), limiter=RateLimiter.from_setting("5/10"))
        try:
            group = client.tree.get_command(GROUP_NAME)
            ping = group.get_command("ping")
            options = [p.name for p in ping.parameters]
        finally:
            await client.close()
    assert (answer.title, answer.blocks[0].text, via_mention.blocks[0].text) == ("pong", "hello", "no word")
    assert "ping [word]" in help_all and "Answer pong" in help_ping
    [slash] = manifest["features"]["slash_commands"]
    assert "ping [word]" in slash["usage_hint"] and "ping" in slash["description"]
    assert ping.description == "Answer pong, to show the bot is alive." and options == ["word", "private"]
    assert ping.parameters[0].description == "a word to echo"
    # gone again: nothing leaks into the next test
    assert "ping" not in render_text(Bot.from_path(str(knowledge_copy(tmp_path / "again"))).handle(Request("help")))


def test_a_word_that_belongs_to_a_command_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="already belongs"):
        COMMANDS.add(CommandSpec("otd", "clashes with an alias of today", handler="today"))
