"""A year a series was not held, asked without naming the year ("which year was the pledge conference skipped?",
"was there ever a gap in the pledge conferences?", or "which year was skipped?" after its editions): the year between
its editions that had none, with what the knowledge says became of it."""

import pytest

from bot.request import Request

SKIPPED = "There was no Cyber Defence Pledge Conference in 2020: the 2020 edition, planned in Tallinn, was postponed because of COVID-19"


@pytest.mark.parametrize("typed", [
    "what year was the pledge conference skipped?",
    "was there a year with no pledge conference?",
    "did the pledge conferences ever have a gap year?",
    "were any of the cyber defence pledge conferences postponed?",
    "in which year was there no pledge conference, and why",
])
def test_the_year_a_series_skipped(bot, typed):
    assert bot.handle(Request(typed, user=typed)).title == SKIPPED


@pytest.mark.parametrize(("first", "typed"), [
    ("list the pledge conferences", "was a year missed?"),
    ("where was the 2019 pledge conference?", "any year skipped since then?"),
])
def test_the_year_skipped_asked_of_the_series_just_shown(bot, first, typed):
    bot.handle(Request(first, user=typed))
    assert bot.handle(Request(typed, user=typed)).title == SKIPPED


def test_a_series_with_no_year_missing_says_nothing_skipped(bot):
    reply = bot.handle(Request("was an annual cyber defence conference ever skipped?", user="u"))
    assert "There was no" not in reply.title and "nato-cyber-defence-conference-series" in [i.id for i in reply.items], reply.title
