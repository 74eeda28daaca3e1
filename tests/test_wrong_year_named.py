"""A gathering or an attack named with a year it did not happen in, asked what was agreed there or what happened: the
miss first ("I have no summit in Warsaw in 2015."), then the nearest entries, the real edition among them; never the
year-only miss that leaves the gathering unnamed, nor a miss about an attacker called "2015"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "title", "near"), [
    ("warsaw summit 2017 - what was agreed on cyber", "I have no summit in Warsaw in 2017", "warsaw-summit-2016"),
    ("wales summit 2015 - what did allies agree on cyber", "I have no summit in United Kingdom in 2015", "wales-summit-2014"),
    ("the ddos on nato websites in 2013 - what happened", "I have no incident in 2013", "nato-websites-ddos-2014"),
    ("the ddos attack on nato's websites in 2012 - what happened", "I have no incident in 2012", "nato-websites-ddos-2014"),
])
def test_the_miss_first_then_the_real_one(bot, typed, title, near):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(title) and near in [i.id for i in reply.items], (reply.title, [i.id for i in reply.items])
