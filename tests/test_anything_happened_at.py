""""did anything happen in london?" is "what happened in london": every event held there, listed, not the one that
fits the words best (it answered with the 2024 conference alone, the 2019 pledge conference there left out)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "title", "ids"), [
    ("anything happen in london?", "2 events in London", {"london-pledge-conference-2019", "london-cyber-defence-conference-2024"}),
    ("did anything take place in london", "2 events in London", {"london-pledge-conference-2019", "london-cyber-defence-conference-2024"}),
    ("was there anything going on in berlin in 2023?", "1 event in Berlin in 2023", {"berlin-cyber-defence-conference-2023"}),
    ("has anything ever happened in tallinn", "1 event in Tallinn", {"tallinn-pledge-conference-2021"}),
])
def test_the_events_held_there(bot, typed, title, ids):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "list" and reply.title == title and ids <= {i.id for i in reply.items}, reply.title


def test_a_place_with_none_is_an_honest_miss(bot):
    reply = bot.handle(Request("did anything happen in oslo?", user="oslo"))
    assert reply.kind == "not_found" and "Oslo" in reply.title, reply.title
