"""A summit asked of by its city as the one deciding ("what did vilnius decide for cyber defence", "what did wales agree on
cyber"): what was decided there, never a quote that happens to hold the city's name."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "decided"), [
    ("what did vilnius decide on cyber?", "vilnius-2023-cyber-defence-concept"),
    ("and what did vilnius agree for cyber defence", "vilnius-2023-cyber-defence-concept"),
    ("what did washington decide on cyber defence?", "nicc-2024"),
    ("what did wales adopt on cyber", "wales-2014-enhanced-cyber-defence-policy"),
    ("what did the wales summit decide on cyber?", "wales-2014-enhanced-cyber-defence-policy"),
])
def test_a_city_deciding_is_its_summit(bot, typed, decided):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == decided, (reply.title, [i.id for i in reply.items])
    assert not reply.title.startswith("Quote"), reply.title


def test_a_city_with_no_gathering_is_said_so(bot):
    reply = bot.handle(Request("what did madrid decide on cyber?", user="u"))
    assert reply.title.startswith("I have no"), reply.title
