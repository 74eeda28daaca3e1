"""Bare follow-ups of an exec between meetings: "his quote?" after an answer about a person is that person's quote (not
a search for the words "his quote"); "and since?" after an edition of a series is that series' editions after it."""

import pytest

from bot.request import Request


def _after(bot, earlier: str, asked: str, user: str):
    bot.handle(Request(earlier, user=user, channel="c"))
    return bot.handle(Request(asked, user=user, channel="c"))


@pytest.mark.parametrize(("earlier", "asked", "quote"), [
    ("who is odobescu", "her quote", "odobescu-hague-2024-constant-evolution"),
    ("the dutch defence minister in 2024?", "any quote from her?", "ollongren-hague-2024-stand-together"),
    ("who is the current sg", "his quote pls", "rutte-tirana-"),
])
def test_a_pronouns_quote_after_a_person(bot, earlier, asked, quote):
    reply = _after(bot, earlier, asked, f"{earlier}/{asked}")
    assert reply.items[0].id.startswith(quote), reply.title


def test_a_person_never_quoted_says_so(bot):
    reply = _after(bot, "who is geoana", "his quote?", "geoana")
    assert reply.title == "There is no quote by Mircea Geoană in the knowledge", reply.title


@pytest.mark.parametrize(("earlier", "asked", "later"), [
    ("when was the tallinn pledge conference", "any since?", ["hague-pledge-conference-2024", "rome-pledge-conference-2022"]),
    ("where was the first cyber defence pledge conference", "and since then?",
     ["hague-pledge-conference-2024", "rome-pledge-conference-2022", "tallinn-pledge-conference-2021", "london-pledge-conference-2019"]),
    ("berlin cyber defence conference date", "since?", ["tirana-cyber-defence-conference-2025", "london-cyber-defence-conference-2024"]),
])
def test_the_editions_since_the_last_one(bot, earlier, asked, later):
    reply = _after(bot, earlier, asked, f"{earlier}/{asked}")
    assert [i.id for i in reply.items] == later, reply.title  # that series only: no pledge conference after Berlin


def test_which_nato_cyber_defence_conferences_came_after_is_the_annual_series(bot):
    reply = bot.handle(Request("which nato cyber defence conferences came after berlin", user="u"))
    assert [i.id for i in reply.items] == ["tirana-cyber-defence-conference-2025", "london-cyber-defence-conference-2024"], reply.title
