"""An exercise named that the knowledge never mentions (Locked Shields, Crossed Swords, Steadfast Defender ...): the
honest miss naming it, with the exercise the knowledge does record; never "I have no exercise in 2024" or another entry."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "named"), [
    ("when was locked shields in 2024?", "Locked Shields"),
    ("did nato run crossed swords in tallinn?", "Crossed Swords"),
    ("who took part in steadfast defender 2024", "Steadfast Defender"),
    ("wanneer was de Trident Juncture oefening in 2018?", "Trident Juncture"),
])
def test_an_exercise_the_knowledge_lacks_is_named_in_the_miss(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and named in reply.title and not reply.items, reply.title


def test_the_exercise_the_knowledge_records_is_still_answered(bot):
    reply = bot.handle(Request("when was cyber coalition first held?", user="cc"))
    assert reply.items[0].id.startswith("cyber-coalition"), reply.title
