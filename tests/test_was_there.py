"""Whether a gathering was held somewhere, asked in the past ("was there a conference in london", "has there been a
pledge conference in tallinn"): the one held there, never the list of those still to come ("I have no conference
after 4 December 2026.") nor "I have no conference in London." of a city that held two. "Is there ..." still asks
what is to come."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "held"), [
    ("was there a conference in london", {"london-pledge-conference-2019", "london-cyber-defence-conference-2024"}),
    ("has there been a pledge conference in tallinn", {"tallinn-pledge-conference-2021"}),
    ("was there a summit in vilnius", {"vilnius-summit-2023"}),
    ("were there any conferences in tirana", {"tirana-cyber-defence-conference-2025"}),
])
def test_a_gathering_held_there_is_the_answer(bot, typed, held):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind in ("answer", "list") and held & {item.id for item in reply.items}, reply.title
    assert "after" not in reply.title


@pytest.mark.parametrize(("typed", "said"), [("was there a conference in oslo", "Oslo"), ("is there a conference in 2031", "2031")])
def test_none_held_or_none_to_come_is_said(bot, typed, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and said in reply.title, reply.title


@pytest.mark.parametrize(("typed", "held"), [
    ("cyber conferences in tirana", "tirana-cyber-defence-conference-2025"),
    ("were there cyber conferences in berlin", "berlin-cyber-defence-conference-2023"),
])
def test_cyber_conferences_at_a_place_are_not_one_series(bot, typed, held):
    """"cyber conferences" names no series: never "I have no Cyber Defence Pledge Conference in Tirana." of the other's."""
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and held in [item.id for item in reply.items], reply.title
