"""How many partner countries came to a gathering: the sentence counting the partners (the Hague's 11 per AKSK or
eighteen per NATO), not the delegates' count that names partners in passing; other counts keep their first sentence."""

import pytest

from bot.request import Request

HAGUE = "hague-pledge-conference-2024"


@pytest.mark.parametrize("typed", [
    "how many partners took part in The Hague?",
    "number of partner countries at the hague 2024",
    "partner countries at the 2024 pledge conference, how many?",
    "how many partner nations were at the Hague pledge conference",
])
def test_the_partners_count_is_the_one_given(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == HAGUE and "11" in reply.title and "eighteen" in reply.title, reply.title


def test_a_count_of_delegates_is_still_the_delegates(bot):
    reply = bot.handle(Request("how many delegates came to the Hague conference?", user="u"))
    assert "150" in reply.title, reply.title
