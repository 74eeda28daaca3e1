"""The editions of a gathering's series before it, asked as "the previous ones" or "the earlier editions": those
editions (never the gathering named, never another series' gatherings), or that the knowledge holds none before it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "before"), [
    ("where were the previous editions of the tirana conference?", ["london-cyber-defence-conference-2024", "berlin-cyber-defence-conference-2023"]),
    ("tirana conf - which edition is it and where were the previous ones?", ["london-cyber-defence-conference-2024", "berlin-cyber-defence-conference-2023"]),
    ("the earlier editions of the rome pledge conference", ["tallinn-pledge-conference-2021", "london-pledge-conference-2019", "paris-pledge-conference-2018"]),
    ("where were the previous ones before the hague pledge conference?",
     ["rome-pledge-conference-2022", "tallinn-pledge-conference-2021", "london-pledge-conference-2019", "paris-pledge-conference-2018"]),
])
def test_the_earlier_editions_of_its_series_are_listed(bot, typed, before):
    reply = bot.handle(Request(typed, user=typed))
    assert [item.id for item in reply.items] == before, (reply.title, [item.id for item in reply.items])


@pytest.mark.parametrize("typed", ["the berlin conference - any previous ones?", "previous editions of the paris pledge conference?"])
def test_a_first_edition_has_none_before_it(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("The knowledge holds no") and " before " in reply.title, reply.title
