"""A written work asked after by its title, typed without quotation marks: its author (topics/written_words.answer_work_asked)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("question", [
    "who wrote time to raise our game",
    "who wrote raise our game",
    "who wrote the raise our game thing",
    "who wrote the time to raise our game op ed",
    "who penned nato and cyber attacks time to raise our game",
])
def test_work_asked_by_title_names_its_author(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "stoltenberg-oped-2016" and "Stoltenberg wrote it" in reply.title, reply.title


@pytest.mark.parametrize(("question", "first"), [
    ("who wrote no one stands alone", "rutte-tirana-2025-no-one-stands-alone"),  # words of a quote: who said them
    ("who wrote the hague article", "roxana-stanica"),  # an article: its byline
])
def test_other_who_wrote_asks_are_left_alone(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first, reply.title
