"""Words of the 2016 op-ed name the article they were printed in (topics/written_words); quoted words followed by a bare
"where and when?" ask where they were said (quoted._SAID_WHERE)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "has"), [
    ("is 'no country is invulnerable; cyber threats do not respect borders' from a stoltenberg speech?", "src-oped-2016"),
    ("who wrote 'time to raise our game'?", "src-oped-2016"),
])
def test_written_words_name_their_article(bot, question, has):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "stoltenberg-oped-2016" and has in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize(("question", "first", "says"), [
    ("'I call on Allies to recommit to cyber defence', where and when, and is it confirmed?", "stoltenberg-rome-2022-recommit", "Rome"),
    ("'no one stands alone in nato' - when and where?", "rutte-tirana-2025-no-one-stands-alone", "Tirana"),
    ("'cyber is a constantly contested space', where?", "stoltenberg-rome-2022-contested-space", "Rome"),
])
def test_quoted_words_then_where_and_when(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and says in reply.title, reply.title
