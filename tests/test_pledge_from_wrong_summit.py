"""The Cyber Defence Pledge, named by its name, put at a summit it was not made at ("the cyber defence pledge from the
wales summit"): the premise corrected first (it was Warsaw 2016), never the other summit's own decision shown as if it
were the pledge. "The pledge from the warsaw summit" and "what did nato pledge at wales" keep their meaning."""

import pytest

from bot.request import Request

PLEDGE = "cyber-defence-pledge-2016"


@pytest.mark.parametrize(("typed", "claimed"), [
    ("tell me about the cyber defence pledge from the wales summit", "Wales"),
    ("the cyber defence pledge of the vilnius summit - what did it commit to?", "Vilnius"),
    ("anything on the cyber defence pledge from the washington summit", "Washington"),
])
def test_the_pledge_put_at_another_summit_is_corrected(bot, typed, claimed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == PLEDGE and reply.title.startswith("No") and "Warsaw" in reply.title and claimed in reply.title, reply.title


@pytest.mark.parametrize(("typed", "entry"), [
    ("tell me about the cyber defence pledge from the warsaw summit", PLEDGE),
    ("the pledge from the warsaw summit", PLEDGE),
    ("what did nato pledge at the wales summit", "wales-2014-enhanced-cyber-defence-policy"),
])
def test_a_pledge_where_it_was_made_is_that_pledge(bot, typed, entry):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == entry and not reply.title.startswith("No"), reply.title
