"""A statement that something was, then a bare ask ("two years ago there was a pledge conference. where?"): asked of it."""

import pytest

from bot.answering.there_was_leads import asked_of_there_was
from bot.request import Request


@pytest.mark.parametrize(("ask", "before", "asked"), [
    ("where", ["two years ago", "in may", "there was a pledge conference"], "where was the pledge conference two years ago in may"),
    ("when", ["there was a summit in wales"], "when was the summit in wales"),
    ("where", ["last year there was a nato cyber defence conference"], "where was the nato cyber defence conference last year"),
    ("when exactly", ["was there a conference in tallinn"], "when was the conference in tallinn exactly"),
    ("where", ["the hague conference"], None),
])
def test_the_bare_ask_is_of_what_there_was(ask, before, asked):
    assert asked_of_there_was(ask, before) == asked


@pytest.mark.parametrize(("asked", "first"), [
    ("two years ago, in may, there was a pledge conference — where?", "hague-pledge-conference-2024"),
    ("Il y a deux ans, en mai, il y avait une conférence du Pledge — où ça?", "hague-pledge-conference-2024"),
    ("last year there was a NATO cyber defence conference, where?", "tirana-cyber-defence-conference-2025"),
    ("there was a summit in Wales - when?", "wales-summit-2014"),
])
def test_what_there_was_is_answered(bot, asked, first):
    assert bot.handle(Request(asked, user=asked)).items[0].id == first
