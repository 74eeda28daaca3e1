"""Bare follow-ups typed the short way: a decision's verb with "when" or "where" ("when agreed?", "where signed?") asks it
of the pledge or initiative last talked about; "quote?" or "quotes?" with a question mark asks for the quotes of the person
or gathering last talked about, not a random quote of the day ("quote" alone stays the command)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("before", "typed", "says"), [
    ("where is the nicc based?", "when agreed?", "10 July 2024"),
    ("where is the nicc based?", "when decided?", "10 July 2024"),
    ("what is the cyber defence pledge", "when signed?", "8 July 2016"),
    ("what is the cyber defence pledge", "where adopted?", "Warsaw"),
])
def test_a_decision_verb_asked_bare(bot, before, typed, says):
    bot.handle(Request(before, user=typed + before))
    reply = bot.handle(Request(typed, user=typed + before))
    assert says in reply.title, reply.title


@pytest.mark.parametrize(("before", "typed", "speaker"), [
    ("who is odobescu", "quote?", "Luminița Odobescu"),
    ("who is mark rutte", "quotes?", "Mark Rutte"),
    ("who is kallas", "any quote?", "Kaja Kallas"),
])
def test_a_quote_asked_bare_after_a_person(bot, before, typed, speaker):
    bot.handle(Request(before, user=typed + before))
    reply = bot.handle(Request(typed, user=typed + before))
    assert speaker in reply.title and "of the day" not in reply.title, reply.title


def test_quote_typed_as_the_command_is_still_the_command(bot):
    bot.handle(Request("who is odobescu", user="cmd"))
    reply = bot.handle(Request("quote", user="cmd"))  # no question mark: the command, a quote of the day
    assert reply.items, reply.title
