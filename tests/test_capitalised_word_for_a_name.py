"""A surname a phone's autocorrect turned into an everyday word, its capital kept mid-sentence ("was Route in tirana",
"when did Rote become sg"): read as the name meant. The same word in lower case, after an article ("the Route to the
venue") or first in a sentence stays a word, so no stranger is made a name of the knowledge."""

import pytest

from bot.request import Request

RUTTE = "mark-rutte"


@pytest.mark.parametrize(("typed", "has"), [
    ("did Route open the tirana conference", RUTTE),
    ("when did Rote become secretary general", RUTTE),
    ("who did Route replace as sg", "jens-stoltenberg"),
    ("did Route speak in person at tirana", RUTTE),
])
def test_an_everyday_word_typed_with_a_capital_for_a_surname(bot, typed, has):
    reply = bot.handle(Request(typed, user=typed))
    assert has in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize("typed", ["what is the Route to the venue", "is there a route to the venue"])
def test_the_word_after_an_article_or_in_lower_case_stays_a_word(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert RUTTE not in [i.id for i in reply.items], reply.title
