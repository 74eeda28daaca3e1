"""Every reply fits one chat message: 2,000 characters of plain text, lists one line per item, at most 3 sources.

The guarantee is checked where users meet it: ``cyberbot ask`` as a subprocess for
every command with no argument, and the real bot for every list and not-found
reply of the answer tables; the pure steps (cutting at a sentence, pages) on their own.
"""

import datetime as dt
import subprocess
import sys

import pytest

from adapters.discord.render import CONTENT_LIMIT, EMBED_TOTAL_LIMIT, embed_size
from adapters.discord.render import render_message as discord_message
from adapters.slack.render import render_message as slack_message
from adapters.text_render import render_text
from bot.answering.fitting import cut_at_sentence
from bot.answering.listing import more_text, page_of, split_page
from bot.commands import COMMANDS
from bot.reply import Code
from bot.request import Request
from bot.service import Bot
from tests.answers.scoring import load_rows

LIMIT = 2000


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize("command", sorted({spec.name for spec in COMMANDS} | {"on this day", "digest preview", "sources page 3"}))
def test_cyberbot_ask_prints_at_most_2000_characters_for_every_bare_command(command):
    run = subprocess.run([sys.executable, "-m", "bot", "ask", "--date", "2026-11-09", *command.split()],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode in (0, 1, 2), run.stderr
    assert 0 < len(run.stdout.rstrip("\n")) <= LIMIT, run.stdout[:300]


QUESTIONS = [row.ask for row in load_rows()] + ["events", "events 2024", "events page 2", "pledges", "sources", "search nato",
                                                 "quotes stoltenberg", "who stoltenberg", "help", "about", "today 9 november"]


@pytest.mark.parametrize("text", QUESTIONS)
def test_every_reply_fits_and_cites_at_most_three_sources(bot, text):
    reply = bot.handle(Request(text))
    assert len(render_text(reply)) <= LIMIT
    assert len(reply.sources) <= 3 and len(set(reply.sources)) == len(reply.sources)
    if reply.kind == "not_found":
        assert not reply.sources
    slack = slack_message(reply)
    assert len(slack["blocks"]) <= 50 and len(slack["text"]) <= 40000
    discord = discord_message(reply)
    assert (discord["content"] is None or len(discord["content"]) <= CONTENT_LIMIT)
    assert all(embed_size(embed) <= EMBED_TOTAL_LIMIT for embed in discord["embeds"])


def test_more_sources_than_three_name_the_command_that_lists_them(bot):
    reply = bot.handle(Request("event berlin"))
    assert len(reply.sources) == 3 and reply.more_sources[1] == Code("sources berlin-cyber-defence-conference-2023")
    listed = bot.handle(Request("sources berlin-cyber-defence-conference-2023"))
    assert listed.kind == "list" and len(listed.blocks) == 6


def test_a_list_line_is_one_line_newest_first(bot):
    reply = bot.handle(Request("events 2024"))
    lines = [b.heading for b in reply.blocks]
    assert lines[0].startswith("25 November 2024 — NATO Cyber Defence Conference 2024, London")
    assert all(not b.text and "\n" not in b.heading for b in reply.blocks)


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("One. Two is longer. Three.", 100, "One. Two is longer. Three."),
        ("One sentence here. Another sentence that is long.", 30, "One sentence here."),
        ("Rutte spoke by video (not in Tirana). He said more.", 45, "Rutte spoke by video (not in Tirana)."),
        ("No sentence end anywhere in this rather long text", 30, "No sentence end anywhere in…"),
    ],
)
def test_text_is_cut_at_a_sentence_end(text, limit, cut):
    assert cut_at_sentence(text, limit) == cut


def test_pages_of_a_long_list():
    assert split_page("2024 page 2") == ("2024", 2) and split_page("berlin") == ("berlin", 1)
    page = page_of(list(range(43)), 2)
    assert page.shown == tuple(range(20, 40)) and (page.number, page.pages) == (2, 3)
    assert more_text(page, "events") == ("Showing 21–40 of 43.", " More: ", Code("events page 3"), ".")
    assert more_text(page_of(list(range(43)), 9), "events") == ("Showing 41–43 of 43.",)  # clamped to the last page
    assert more_text(page_of(list(range(5)), 1), "events") is None
