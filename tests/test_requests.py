"""What reaches the core: mentions of the bot dropped in one place, ``share``, and app-command options, as tables."""

from __future__ import annotations

import pytest

from adapters.discord.to_request import command_text, subcommand_name
from bot.commands import find_command
from bot.request import Request, split_share, strip_mentions

DISCORD_BOT = "810000000000000001"
SLACK_BOT = "UBOT"


@pytest.mark.parametrize(
    ("text", "bot_user", "words"),
    [
        (f"<@{DISCORD_BOT}> quote rutte", DISCORD_BOT, "quote rutte"),
        (f"<@!{DISCORD_BOT}> quote rutte", DISCORD_BOT, "quote rutte"),
        (f"<@{DISCORD_BOT}>quote   rutte ", DISCORD_BOT, "quote rutte"),
        (f"when was Tirana, <@{DISCORD_BOT}>?", DISCORD_BOT, "when was Tirana, ?"),
        (f"<@{DISCORD_BOT}>", DISCORD_BOT, ""),
        (f"  <@!{DISCORD_BOT}>  ", DISCORD_BOT, ""),
        ("<@810000000000000020> quote rutte", DISCORD_BOT, "<@810000000000000020> quote rutte"),  # someone else stays
        (f"<@&{DISCORD_BOT}> quote", DISCORD_BOT, f"<@&{DISCORD_BOT}> quote"),  # a role with the same digits is not the bot
        (f"<@{SLACK_BOT}> help", SLACK_BOT, "help"),
        (f"<@{SLACK_BOT}|cyberbot> help", SLACK_BOT, "help"),
        (f"hi <@{SLACK_BOT}>, who said it", SLACK_BOT, "hi , who said it"),
        ("<@U999> help", SLACK_BOT, "<@U999> help"),
        ("quote rutte", "", "quote rutte"),  # no bot id (console, slash commands): the text as it is
        ("", DISCORD_BOT, ""),
        (f"<@{SLACK_BOT}> hi all\n\nwho opened  berlin?", SLACK_BOT, "hi all\nwho opened berlin?"),  # lines kept, as typed
        (f"<@{SLACK_BOT}>\n1) when was rome\n2) who hosted it", SLACK_BOT, "1) when was rome\n2) who hosted it"),
    ],
)
def test_every_mention_of_the_bot_and_only_the_bot_is_dropped(text, bot_user, words):
    assert strip_mentions(text, bot_user) == words
    assert Request(text, bot_user=bot_user).addressed_text == words


def test_a_mention_of_the_role_made_for_the_bot_is_dropped_too():
    role = "810000000000000014"
    request = Request(f"<@&{role}> quote rutte <@&42>", bot_user=DISCORD_BOT, bot_role=role)
    assert request.addressed_text == "quote rutte <@&42>"


@pytest.mark.parametrize(
    ("text", "shared"),
    [("share quote rutte", (True, "quote rutte")), ("SHARE  help", (True, "help")), ("share", (True, "")),
     ("shared quote", (False, "shared quote")), ("quote share", (False, "quote share")), ("", (False, ""))],
)
def test_share_first_asks_for_an_answer_in_the_channel(text, shared):
    assert split_share(text) == shared


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
def test_discord_subcommand_options_become_the_text_the_core_parses(command, options, text):
    assert command_text(find_command(command), options) == text


def test_today_is_onthisday_on_discord():
    assert subcommand_name(find_command("today")) == "onthisday"
    assert subcommand_name(find_command("quote")) == "quote"
