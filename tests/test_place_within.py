"""Table tests for ``place_within``: "where in <its city> was it" after an event asks where in it, not of the city."""

import pytest

from bot.answering.place_within import within_its_city
from bot.request import Request


@pytest.mark.parametrize("text, city, asked", [
    ("Where in London exactly was it held, and on what date?", "London", "where exactly was it held and on what date"),
    ("whereabouts in London was it?", "London", "where exactly was it"),
    ("Thanks. Where exactly in Berlin was it held?", "Berlin", "where exactly was it held"),
    ("where in the hague was it", "The Hague", "where exactly was it"),
    ("Where in Berlin was it held?", "London", "Where in Berlin was it held?"),  # another city: asked of that city
    ("where was it held?", "London", "where was it held?"),
])
def test_within_its_city(text, city, asked):
    assert within_its_city(text, city) == asked


@pytest.mark.parametrize("first, then, entry", [
    ("Who hosted the 2019 Cyber Defence Pledge Conference?", "Where in London exactly was it held?", "london-pledge-conference-2019"),
    ("When was the 2019 Pledge Conference?", "whereabouts in London was it?", "london-pledge-conference-2019"),
    ("Who spoke at the 2024 London conference?", "Where in London was it held?", "london-cyber-defence-conference-2024"),
])
def test_a_follow_up_keeps_its_event(bot, first, then, entry):
    bot.handle(Request(first, user=first))
    assert bot.handle(Request(then, user=first)).items[0].id == entry
