"""Places named the German way in English questions ("Lissabon", "Kopenhagen", "Rumänien"): read as the English name,
so a place the knowledge lacks is missed by its English name and one it holds is found."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "english"), [
    ("The Pledge Conference in Lissabon, when became it held?", "Lisbon"),
    ("Gave it a Pledge Conference in Kopenhagen?", "Copenhagen"),
    ("Was there a NATO Summit in Athen in 2019?", "Athens"),
])
def test_a_place_the_knowledge_lacks_is_missed_in_english(bot, typed, english):
    reply = bot.handle(Request(typed, user=typed))
    assert english in reply.title, reply.title


@pytest.mark.parametrize(("typed", "named"), [
    ("Which Minister came from Rumänien to the Conference in Den Haag?", "Odobescu"),
    ("Who came from Italien to the Pledge Conference in Rom?", "Cirielli"),
])
def test_a_country_named_in_german_is_found(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert named in reply.title, reply.title
