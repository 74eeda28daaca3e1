"""The other line of someone just quoted, asked by what they do in it: their quote holding that."""

import pytest

from bot.answering.other_line import other_line
from bot.request import Request


@pytest.mark.parametrize(("text", "read"), [
    ("perfect. and then the other line, where he asks the allies for more money?", "his quote where he asks the allies for more money?"),
    ("the other quote in which she talks about russia", "her quote in which she talks about russia"),
    ("ok, the other one where he talks about investment", "his quote where he talks about investment"),
    ("the other conference, where was it?", "the other conference, where was it?"),  # no line asked
])
def test_the_other_line_is_their_quote(text, read):
    assert other_line(text) == read


@pytest.mark.parametrize(("before", "asked", "first"), [
    ("quote stoltenberg contested space", "and then the other line, where he asks the allies for more money?", "stoltenberg-rome-2022-recommit"),
    ("quote rutte no one stands alone", "the other line where he talks about investment?", "rutte-tirana-2025-stepping-up-investment"),
])
def test_the_other_line_follows_the_quote_before(bot, before, asked, first):
    bot.handle(Request(before, user=before))
    reply = bot.handle(Request(asked, user=before))
    assert reply.items and reply.items[0].id == first, reply.title
