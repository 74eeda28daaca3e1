"""Which gathering came next, claimed with "right?": the next one named, with its dates."""

import pytest

from bot.answering.next_claimed import next_asked
from bot.request import Request


@pytest.mark.parametrize(("text", "read"), [
    ("after rome the next pledge conference was the hague right", "when was the next pledge conference after rome"),
    ("when was after rome the next pledge conference was the hague right", "when was the next pledge conference after rome"),
    ("the next annual conference after berlin was london right", "when was the next annual conference after berlin"),
    ("where was the previous summit before vilnius was madrid", "where was the previous summit before vilnius"),
    ("the next summit was in vilnius", "the next summit was in vilnius"),  # nothing to count from
])
def test_a_next_one_claimed_is_asked(text, read):
    assert next_asked(text) == read


@pytest.mark.parametrize(("asked", "first"), [
    ("after Rome the next pledge conference was The Hague, right? when?", "hague-pledge-conference-2024"),
    ("the next annual conference after Berlin was London, right?", "london-cyber-defence-conference-2024"),
    ("after Rome the next pledge conference was Tallinn, right?", "hague-pledge-conference-2024"),  # the claim corrected by the one that was
])
def test_the_next_one_is_named(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title
