"""A short tail that only guesses how far the answer goes ("..., only main site?", "just nato.int?", "just the
netherlands?"): the question before it is answered, and the answer settles the guess (question_text)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "first", "word"), [
    ("which nato websites went down in that 2014 attack, only main site?", "nato-websites-ddos-2014", "CCDCOE"),
    ("which sites went down in the 2014 ddos, just nato.int?", "nato-websites-ddos-2014", "CCDCOE"),
    ("who spoke at tirana, only rutte?", "tirana-cyber-defence-conference-2025", "Rama"),
    ("which countries hosted the hague conference, just the netherlands?", "hague-pledge-conference-2024", "Romania"),
    ("who hosted the rome conference, only italy?", "rome-pledge-conference-2022", "United States"),
])
def test_an_only_guess_after_the_question_leaves_the_question_answered(bot, question, first, word):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), (question, reply.title)
