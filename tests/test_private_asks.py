"""Silly side questions about the alliance's or a person's private tastes are honest misses (topics/checks.answer_unrecorded)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "says"), [
    ("whats nato s favourite colour lol", "The knowledge does not record the private tastes of NATO"),
    ("what is nato's favorite animal", "The knowledge does not record the private tastes of NATO"),
    ("does rutte have a dog", "The knowledge does not record the private life of Mark Rutte"),
    ("does stoltenberg have a girlfriend", "The knowledge does not record the private life of Jens Stoltenberg"),
])
def test_silly_private_asks_are_honest_misses(bot, question, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.title == says
