"""Someone asked after by their country alone (``described_people.country_person``), "the boss" (``nation_person``); "is the
next X soon" (bot.answering.upcoming_asks)."""

import pytest

from bot.answering.nation_person import NATION_PERSON_ASKS
from bot.answering.upcoming_asks import next_ask
from bot.request import Request

_PATTERN, _REPLACE = NATION_PERSON_ASKS[0][1], NATION_PERSON_ASKS[0][2]


@pytest.mark.parametrize(("asked", "read"), [
    ("who is the boss", "who is the nato boss"),
    ("who was the boss in 2020", "who was the nato boss in 2020"),
    ("who is the boss of the nicc", "who is the boss of the nicc"),  # another body's: as typed
])
def test_the_boss_is_nato_s(asked, read):
    assert _PATTERN.sub(_REPLACE, asked) == read


def test_several_of_that_country_are_named_together(bot):
    reply = bot.handle(Request("who was the dutch guy", user="dutch"))  # "woman": Ollongren alone (test_vague_people.py)
    assert reply.title.startswith("More than one fits") and {"mark-rutte", "ernest-noorman"} <= {i.id for i in reply.items}, reply.title


@pytest.mark.parametrize(("question", "first"), [
    ("whos the romanian lady", "luminita-odobescu"),
    ("who is the albanian guy 🤔", "edi-rama"),
    ("who is the german woman", "annalena-baerbock"),
    ("who was the albanian fella", "edi-rama"),
])
def test_the_one_of_that_country(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("asked", "read"), [
    ("is the next conference soon", "when is the next conference"),
    ("is the next pledge conference coming up", "when is the next pledge conference"),
    ("is the next summit in washington", "is the next summit in washington"),  # a place claimed: a check of its own
])
def test_next_soon(asked, read):
    assert next_ask(asked) == read


@pytest.mark.parametrize(("question", "first"), [
    ("who is the boss", "mark-rutte"),
    ("who was the boss in 2020", "jens-stoltenberg"),
    ("who is the chief", "mark-rutte"),
    ("who was the leader when the pledge was made", "jens-stoltenberg"),
    ("who is the leader of albania", "edi-rama"),  # an organisation or country named: its own
])
def test_the_boss_alone_is_natos(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first, reply.title
