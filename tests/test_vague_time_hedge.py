"""A hedge that names no time ("at some point", "at one point", "a while back") says nothing about when: the question is
read as without it, never as words someone said ("no quote says 'an op ed at some point'") nor cut short."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("stoltenberg wrote an op ed at some point, when", "stoltenberg-oped-2016", "2016"),
    ("stoltenberg wrote an op-ed on cyber at one point - when?", "stoltenberg-oped-2016", "2016"),
    ("rutte spoke in tirana at one point, when", "tirana-cyber-defence-conference-2025", "October 2025"),
    ("nato's websites were attacked a while back, when", "nato-websites-ddos-2014", "2014"),
    ("the wales summit happened at some point - where was it", "wales-summit-2014", "Newport"),
])
def test_a_hedge_naming_no_time_is_read_as_without_it(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first and says in reply.title + " ".join(b.text for b in reply.blocks), reply.title


def test_a_hedge_before_a_year_still_checks_the_year(bot):
    reply = bot.handle(Request("was the berlin conference at some point in 2022", user="hedged-year"))
    assert "2023" in reply.title and not reply.title.startswith("Yes"), reply.title
