"""From Discord to the core's text: mention stripping and subcommand options, as tables."""

from __future__ import annotations

import pytest

from adapters.discord.client import command_text, strip_mentions, subcommand_name
from bot.commands import find_command

BOT = 810000000000000001


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (f"<@{BOT}> quote rutte", "quote rutte"),
        (f"<@!{BOT}> quote rutte", "quote rutte"),
        (f"<@{BOT}>quote   rutte ", "quote rutte"),
        (f"when was Tirana, <@{BOT}>?", "when was Tirana, ?"),
        (f"<@{BOT}>", ""),
        (f"  <@!{BOT}>  ", ""),
        ("<@810000000000000020> quote rutte", "<@810000000000000020> quote rutte"),  # someone else stays
        (f"<@&{BOT}> quote", f"<@&{BOT}> quote"),  # a role with the same digits is not the bot
        ("", ""),
    ],
)
def test_strip_mentions_removes_both_forms_of_the_bot_mention_only(content, text):
    assert strip_mentions(content, BOT) == text


@pytest.mark.parametrize(
    ("command", "options", "text"),
    [
        ("quote", {"query": "rutte"}, "quote rutte"),
        ("quote", {"query": None}, "quote"),
        ("quote", {}, "quote"),
        ("event", {"query": "  tirana "}, "event tirana"),
        ("today", {"date": "9 october"}, "today 9 october"),
        ("help", {"command": "digest"}, "help digest"),
    ],
)
def test_subcommand_options_become_the_text_the_core_parses(command, options, text):
    assert command_text(find_command(command), options) == text


def test_today_is_onthisday_on_discord():
    assert subcommand_name(find_command("today")) == "onthisday"
    assert subcommand_name(find_command("quote")) == "quote"
