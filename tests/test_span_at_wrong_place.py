"""A span of years claimed of a decision or gathering put at the wrong place ("was the cyber defence pledge agreed in wales
12 years ago"): the place is corrected first (where it was agreed, and when), never only "No: 10 years ago", which let
Wales stand; at the right place the span alone is checked."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "held"), [
    ("was the cyber defence pledge agreed in wales 12 years ago", "cyber-defence-pledge-2016", "Warsaw"),
    ("the pledge was agreed in london 10 years ago?", "cyber-defence-pledge-2016", "Warsaw"),
    ("the nicc was agreed at vilnius 3 years ago right", "nicc-2024", "Washington"),
    ("so the pledge got agreed at the wales summit twelve years ago?", "cyber-defence-pledge-2016", "Warsaw"),
])
def test_the_place_claimed_is_corrected_first(bot, typed, first, held):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and held in reply.title and reply.items[0].id == first, reply.title


def test_at_the_right_place_the_span_is_checked(bot):
    reply = bot.handle(Request("was the cyber defence pledge agreed at warsaw 10 years ago", user="u"))
    assert reply.title.startswith("Yes:") and "10 years ago" in reply.title, reply.title
