"""Money asked of a country ("How much Money has Germany for the Cyber Defence pledged?", "how much did france spend on
cyber defence"): the knowledge records no country's figures, and the reply says so of that country, never of the
gathering held there (Berlin's conference for Germany) or of NATO as a whole."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "country"), [
    ("how much money did germany pledge for cyber defence?", "Germany"),
    ("how much did france spend on cyber defence", "France"),
    ("How many Euro has Italy for the Pledge given?", "Italy"),
    ("how much money did the netherlands commit to cyber defence", "the Netherlands"),
])
def test_a_countrys_money_is_not_recorded_of_that_country(bot, typed, country):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title == f"The knowledge does not record the budget or money figures of {country}", reply.title


def test_a_gathering_named_keeps_its_own_miss(bot):
    reply = bot.handle(Request("how much did albania pay for the tirana conference", user="u"))
    assert reply.title.endswith("of NATO Cyber Defence Conference 2025"), reply.title
