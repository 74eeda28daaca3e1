"""Replies are platform-neutral: commands, emphasis and links are parts of the reply, each renderer formats them.

The core never writes Markdown or mrkdwn into plain text, nor names a chat
platform; Slack shows a command as mrkdwn code, Discord as Markdown code (not
escaped backticks), the console as `backticks`.
"""

import datetime as dt

import pytest

from adapters.discord.render import render_block as discord_block
from adapters.discord.render import render_message as discord_message
from adapters.slack.render import render_message as slack_message
from adapters.text_render import render_text
from bot.reply import Block, Code, Emphasis, Link, Reply, inline_parts
from bot.request import Request
from bot.service import Bot

RICH = Block(("Try ", Code("events 2024"), ", ", Emphasis("only"), " see ", Link("NATO", "https://nato.int"), " <@123456789012345678> *x*"))


def test_plain_text_shows_commands_in_backticks_and_links_as_words():
    text = render_text(Reply("answer", "T", blocks=(RICH,)))
    assert "Try `events 2024`, only see NATO <@123456789012345678> *x*" in text


def test_slack_formats_parts_as_mrkdwn_and_escapes_the_rest():
    section = slack_message(Reply("answer", "T", blocks=(RICH,)))["blocks"][1]["text"]["text"]
    assert section == "Try `events 2024`, _only_ see <https://nato.int|NATO> &lt;@123456789012345678&gt; *x*"


def test_discord_formats_parts_as_markdown_and_escapes_the_rest():
    assert discord_block(RICH) == "Try `events 2024`, *only* see [NATO](https://nato.int) <@\u200b123456789012345678> \\*x\\*"


def test_a_link_to_something_other_than_the_web_is_shown_as_words():
    block = Block((Link("click", "javascript:alert(1)"),))
    assert discord_block(block) == "click"
    assert slack_message(Reply("answer", "T", blocks=(block,)))["blocks"][1]["text"]["text"] == "click"


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc))


QUESTIONS = ["help", "help frobnicate", "quotes", "who", "event", "search", "events 1999", "digest subscribe",
             "today someday", "qoute rutte", "?", "hello", "who is nobody", "what did rutte say about pizza", "about"]


@pytest.mark.parametrize("text", QUESTIONS)
def test_the_core_writes_no_markup_and_names_no_platform(bot, text):
    reply = bot.handle(Request(text))
    strings = [reply.title, *(p for b in reply.blocks for p in inline_parts(b.text) if isinstance(p, str))]
    for string in strings:
        assert "`" not in string and "Slack" not in string and "Discord" not in string, string
    if reply.kind in ("usage", "not_found") and reply.blocks:
        assert "\\`" not in discord_message(reply)["embeds"][0].get("description", "")
