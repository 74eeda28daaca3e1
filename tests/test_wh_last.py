"""A question in statement order with its "which <noun>" last: asked with that phrase first."""

import pytest

from bot.answering.wh_last import wh_first


@pytest.mark.parametrize(("text", "read"), [
    ("berlin was hosted by which german ministry", "which german ministry hosted berlin"),
    ("the hague conference was co hosted by which countries", "which countries co hosted the hague conference"),
    ("the tirana conference was in which hotel or palazzo", "in which hotel or palazzo was the tirana conference"),
    ("is it true that the rome conference was at which venue", "at which venue was the rome conference"),
    ("was the tirana conference held in which hotel", "in which hotel was the tirana conference held"),
    ("london 2019 pledge conference which month", "which month was london 2019 pledge conference"),
    ("the conference was hosted by italy", "the conference was hosted by italy"),  # nothing asked
    ("which country hosted berlin", "which country hosted berlin"),  # already in question order
])
def test_which_put_last_is_asked_first(text, read):
    assert wh_first(text) == read


@pytest.mark.parametrize(("asked", "first", "word"), [
    ("Berlin was hosted by which German ministry?", "berlin-cyber-defence-conference-2023", "Federal Foreign Office"),
    ("the Hague pledge conference was co-hosted by which countries?", "hague-pledge-conference-2024", "Romania"),
    ("the Rome conference was held in which building?", "rome-pledge-conference-2022", "Farnesina"),
    ("London 2024 conference, which day?", "london-cyber-defence-conference-2024", "25 November"),
    ("and the Paris pledge conference which month?", "paris-pledge-conference-2018", "May"),
])
def test_which_put_last_is_answered(bot, asked, first, word):
    from adapters.text_render import render_text
    from bot.request import Request

    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first and word in render_text(reply), reply.title


def test_a_building_never_recorded_is_an_honest_miss(bot):
    from bot.request import Request
    from tests.answers.scoring import is_miss

    assert is_miss(bot.handle(Request("the Tirana conference was in which hotel?", user="hotel")))
