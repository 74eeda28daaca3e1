"""After a quote, a word of it asked about and the ask restated in the same message ("what mistake? which one did he
mean"): the quote in full with the line the word points back to, never a search for quotes holding "which mistake"."""

import pytest

from bot.request import Request

QUOTE_ASKED = 'who said "We must not repeat this mistake"?'


@pytest.mark.parametrize("restated", [
    "what mistake? which one did he mean",
    "which mistake? what did he mean",
    "so what mistake? which mistake was he referring to?",
    "what mistake exactly? which one was he talking about",
])
def test_the_word_asked_twice_is_asked_once(bot, restated):
    bot.handle(Request(QUOTE_ASKED, user=restated))
    reply = bot.handle(Request(restated, user=restated))
    assert "stoltenberg-berlin-2023-russia-energy" in [i.id for i in reply.items], reply.title
    assert "points back" in reply.title, reply.title
