"""A claim about a thing told by who wrote or spoke of it ("the website hack stoltenberg wrote about was in 2016?"):
the claim checked of that thing, never read as the teller's quoted words; a teller who never told of it said first."""

import pytest

from bot.request import Request

DDOS = "nato-websites-ddos-2014"


@pytest.mark.parametrize(("typed", "verdict"), [
    ("the nato website attack stoltenberg wrote about was in 2015?", "No"),
    ("the ddos that stoltenberg mentions happened in 2014, right?", "Yes"),
    ("so the website hack stoltenberg talked about was in march 2014", "Yes"),
])
def test_the_claim_is_checked_of_the_thing_told_of(bot, typed, verdict):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == DDOS and reply.title.startswith(verdict) and "2014" in reply.title, reply.title


def test_a_teller_who_never_told_of_it_is_said_first(bot):
    reply = bot.handle(Request("the website attack ollongren mentioned was in 2014?", user="o"))
    assert reply.title.startswith("I have no record of Kajsa Ollongren") and reply.items[0].id == DDOS, reply.title
