"""A quote asked for with its wording and its source at once ("X's line on Y, exact text and source", "... full words +
source"): the quote's words, with its sources named, never the list of sources alone, nor the title echoing "exact
text and" (bot.answering.topics.said_by)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote", "source"), [
    ("rutte investment line - full text and source please", "rutte-tirana-2025-stepping-up-investment", "src-tirana-2025"),
    ("ollongren's digital frontiers quote: exact words + source", "ollongren-hague-2024-stand-together", "src-hague-2024"),
    ("stoltenberg recommit quote, exact wording and the source", "stoltenberg-rome-2022-recommit", "src-rome-2022"),
    ("odobescu line on future threats - verbatim text & source", "odobescu-hague-2024-constant-evolution", "src-hague-2024"),
])
def test_the_words_come_with_their_sources(bot, typed, quote, source):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == quote and source in {i.id for i in reply.items}, reply.title
    assert reply.blocks and "exact" not in reply.title and " and" != reply.title[-4:], reply.title


def test_a_source_alone_is_still_the_source_list(bot):
    reply = bot.handle(Request("source for the odobescu quote", user="u"))
    assert reply.kind == "list" and reply.title.startswith("1 source for the quote by Luminița Odobescu"), reply.title
