"""After an answer about the pledge, a doubter's "it" put at a place, in a negative or tag question ("and it wasn't at
wales, was it?", "was it at newport?"): the pledge's own place checked (Warsaw), never another entry's; with nothing
talked about before, a bare "it wasn't at X" is checked of no entry at all (never the NICC)."""

import pytest

from bot.request import Request

PLEDGE = "cyber-defence-pledge-2016"


@pytest.mark.parametrize(("typed", "verdict"), [
    ("it wasn't agreed at wales though, was it?", "No"),
    ("was it at wales?", "No"),
    ("so it was at wales, wasn't it?", "No"),
    ("wasn't it at warsaw?", "Yes"),
    ("it was in warsaw, right?", "Yes"),
])
def test_the_pledge_placed_by_its_pronoun(bot, typed, verdict):
    user = f"u-{typed}"
    bot.handle(Request("when was the cyber defence pledge agreed?", user=user))
    reply = bot.handle(Request(typed, user=user))
    assert reply.items[0].id == PLEDGE and "Warsaw" in reply.title, reply.title
    assert reply.title.startswith(verdict) or verdict == "No" and "not " in reply.title, reply.title


@pytest.mark.parametrize("typed", ["it wasn't at wales, was it?", "that wasn't in newport, was it?"])
def test_an_it_with_nothing_before_is_no_entry(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "Integrated Cyber Defence Centre" not in reply.title, reply.title
