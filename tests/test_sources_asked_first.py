"""Sources or links asked for with no answer before them to point at ("link?" to start, or after a miss): the list of
sources, with their links; never a search for a quote holding the word "link"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", ["link?", "links", "url?", "urls pls", "got a link?", "the links please"])
def test_links_asked_first_are_the_sources(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "list" and reply.title.endswith(" sources") and all(i.type == "source" for i in reply.items), reply.title


def test_links_asked_after_a_miss_are_the_sources(bot):
    assert bot.handle(Request("when was the chicago conference", user="u")).kind == "not_found"
    reply = bot.handle(Request("link?", user="u"))
    assert reply.kind == "list" and all(i.type == "source" for i in reply.items), reply.title


def test_links_asked_after_an_answer_are_its_sources(bot):
    bot.handle(Request("when was the tirana conference", user="v"))
    reply = bot.handle(Request("link?", user="v"))
    assert reply.items[0].id == "tirana-cyber-defence-conference-2025" and "sources for" in reply.title, reply.title
