""""Where is it?" after a decision that set something up (the NICC's establishment): where the thing is based, not where
the decision was taken; a decision that set up nothing with a place keeps its own answer."""

import pytest

from bot.request import Request

NICC = "nato-integrated-cyber-defence-centre"


@pytest.mark.parametrize(("first", "then"), [
    ("when did nato decide on the integrated cyber defence centre", "where is it?"),
    ("when was the integrated cyber defence centre agreed?", "and where is that based now?"),
    ("when was the integrated cyber defence centre set up?", "ok where is it located"),
])
def test_where_the_thing_set_up_is(bot, first, then):
    user = f"{first}|{then}"
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(then, user=user))
    assert reply.items[0].id == NICC and "SHAPE" in reply.title, reply.title


def test_where_it_was_agreed_stays_the_decision(bot):
    bot.handle(Request("when was the integrated cyber defence centre agreed?", user="agreed"))
    reply = bot.handle(Request("where was it agreed?", user="agreed"))
    assert reply.items[0].id == "nicc-2024" and "Washington" in reply.title, reply.title
