"""Figures and progress the knowledge never records, asked as a board slide needs them: a spending target claimed and
its number asked ("Rutte set a % of GDP target, right? what was the number"), and which Allies are behind on the
Pledge. Each is an honest miss, never a quote or decision presented as the answer."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("asked", [
    "Rutte set a % of GDP target for cyber spending in Tirana, right? what was the number",
    "allies agreed a cyber spending target at Vilnius, right? what was it?",
    "Rutte mentioned a GDP target for cyber - how much was it?",
    "did Rutte set a spending target for cyber in Tirana?",
])
def test_a_spending_target_is_not_recorded(bot_9_november, asked):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert is_miss(reply) and "spend" in reply.title, reply.title


@pytest.mark.parametrize("asked", [
    "which allies are behind on their Pledge commitments?",
    "which allies are lagging on the pledge?",
    "how many allies are behind on the pledge",
    "which countries are still falling short on the cyber defence pledge?",
])
def test_which_allies_are_behind_is_not_recorded(bot_9_november, asked):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert is_miss(reply) and "Allies" in reply.title, reply.title


@pytest.mark.parametrize("asked, first", [
    ("what did Rutte say about investment?", "rutte-tirana-2025-stepping-up-investment"),
    ("Rutte talked about investment in Tirana. what were his words?", "rutte-tirana-2025-stepping-up-investment"),
])
def test_what_was_said_about_money_is_still_the_quote(bot_9_november, asked, first):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title
