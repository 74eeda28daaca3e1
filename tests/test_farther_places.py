"""Cities beyond the Alliance's capitals and NATO's usual venues ("the chicago summit", "a conference in sydney") are
places, not ordinary English words: a question placed there gets the honest miss, never another city's gathering;
a city's name used for something else ("in Chicago style") and another body's gathering held there stay as asked."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("typed", "city"), [
    ("when was the chicago conference?", "Chicago"),
    ("when was the chicago summit", "Chicago"),
    ("who spoke at the boston cyber defence conference", "Boston"),
    ("cyber defence conference in sydney?", "Sydney"),
    ("who opened the pledge conference in mexico city", "Mexico City"),
    ("sources for the toronto conference", "Toronto"),
    ("sources for the oslo conference", "Oslo"),
    ("what did stoltenberg say at the summit in los angeles", "Los Angeles"),
    ("stoltenberg at the munich security conference on cyber?", "Munich"),  # a gathering's own words between city and kind
    ("sources for the munich security conference", "Munich"),
])
def test_a_gathering_in_a_city_the_knowledge_lacks_is_an_honest_miss(bot, typed, city):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and city in reply.title, reply.title


@pytest.mark.parametrize("typed", ["sources for the rome conference", "sources berlin conference"])
def test_a_held_city_still_finds_its_gathering(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert not is_miss(reply) and reply.items[0].type == "event", reply.title


def test_a_city_named_for_a_citation_style_is_no_place(bot):
    typed = "cite stoltenberg's 'I call on Allies to recommit to cyber defence' in Chicago style"
    reply = bot.handle(Request(typed, user="u"))
    assert reply.items[0].id == "stoltenberg-rome-2022-recommit" and "Chicago" not in reply.title, reply.title


@pytest.mark.parametrize("typed", ["interpol's cybercrime summit in singapore, was nato there",
                                   "interpol's cybercrime summit in lyon, was nato there"])
def test_another_bodys_gathering_is_missed_as_theirs_wherever_it_was(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and "covers NATO" in reply.title, reply.title
