"""Two series (or two editions) typed as a statement with its choice after it ("pledge conference and cyber defence
conference is same thing or different?"): whether they are one series, never a claim that one "is same thing" checked
against the other's edition."""

import pytest

from bot.request import Request

SERIES = ["cyber-defence-pledge-conference-series", "nato-cyber-defence-conference-series"]


@pytest.mark.parametrize("typed", [
    "cyber defence conference and pledge conference is same thing or different?",
    "pledge conference and annual cyber conference are same or not",
    "the pledge conferences and the cyber defence conferences is same one or different",
])
def test_the_two_series_told_apart(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:2] == SERIES and reply.title.startswith("Two different series"), reply.title
