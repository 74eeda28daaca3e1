"""A claim whose subject alone names little ("cyber became a nato domain at wales 2014"): the thing claimed is what the
rest names without the place and year claimed (the domain of operations, agreed at Warsaw in 2016), never the entry of
that place that shares a word with the subject (the Wales cyber policy, confirmed with a wrong "Yes")."""

import pytest

from bot.request import Request

DOMAIN = "cyberspace-domain-of-operations-2016"


@pytest.mark.parametrize("typed", [
    "cyber became a domain at wales?",
    "cyber was made a nato domain at the wales summit 2014, right?",
    "so cyber became an operational domain in newport?",
    "cyber turned into a nato domain at vilnius yeah?",
])
def test_a_wrong_place_claimed_is_denied_for_the_thing_named(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == DOMAIN and reply.title.startswith("No") and "Warsaw" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["cyber became a nato domain at warsaw?", "cyber was made a domain in 2016 right?"])
def test_the_right_place_or_year_is_confirmed(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == DOMAIN and reply.title.startswith("Yes"), reply.title


def test_the_place_s_own_decision_still_answers_for_itself(bot):
    reply = bot.handle(Request("cyber defence became part of collective defence at wales?", user="u"))
    assert reply.items[0].id == "wales-2014-enhanced-cyber-defence-policy" and reply.title.startswith("Yes"), reply.title
