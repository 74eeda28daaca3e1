"""Words claimed of a speaker inside the alliance, put as they would say them (bot.answering.insider_words)."""

import pytest

from bot.answering.insider_words import as_insider
from bot.request import Request


@pytest.mark.parametrize(("claimed", "spoken"), [
    ("china is nato enemy", "china is our enemy"),
    ("china is nato s enemy", "china is our enemy"),
    ("china does not share the alliance s values", "china does not share our values"),
    ("cyber attacks are a threat to nato", "cyber attacks are a threat to us"),
    ("nato is a defensive alliance", "nato is a defensive alliance"),  # the alliance as subject: as said
    ("no one stands alone", "no one stands alone"),
])
def test_as_insider(claimed, spoken):
    assert as_insider(claimed) == spoken


@pytest.mark.parametrize("question", [
    "is it true stoltenberg said china is nato's enemy",
    "did stoltenberg say china is the enemy of nato",
    "did stoltenberg really say china doesnt share nato's values",
])
def test_claimed_words_with_nato_find_the_speakers_our(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "stoltenberg-berlin-2023-china-values", reply.title

