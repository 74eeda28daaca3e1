""""what else did they decide there" right after an answer about a decision: the other decisions of the gathering that
decision was made at (Warsaw 2016 for the pledge), never a decision of another summit (Wales 2014)."""

import pytest

from bot.request import Request

PLEDGE_AGREED = "when was the cyber defence pledge agreed"


@pytest.mark.parametrize("typed", [
    "what else did they decide on cyber there",
    "what else was decided there",
    "anything else agreed at that summit?",
    "ok what other decisions came out of it",
    "and what else did allies agree then",
])
def test_the_other_decisions_of_the_same_gathering(bot, typed):
    user = f"else|{typed}"
    for text in (PLEDGE_AGREED, typed):
        reply = bot.handle(Request(text, user=user))
    assert [i.id for i in reply.items][:2] == ["cyberspace-domain-of-operations-2016", "warsaw-summit-2016"], reply.title


def test_another_gathering_named_is_asked_of_itself(bot):
    for text in ("what is the cyber defence pledge", "what else was decided at wales"):
        reply = bot.handle(Request(text, user="wales"))
    assert reply.items[0].id.startswith("wales-"), reply.title
