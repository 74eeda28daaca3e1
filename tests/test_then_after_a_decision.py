"""Who held a post "then" ("that time", "at that time") right after an answer about a pledge or an initiative: at the
time of the gathering that agreed it (the Warsaw summit for the pledge, the Washington summit for the NICC), never
the post's holder today."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("before", "typed", "holder"), [
    ("what is the cyber defence pledge", "who was secretary general then?", "jens-stoltenberg"),
    ("what is the cyber defence pledge", "who was the nato chief that time", "jens-stoltenberg"),
    ("when was cyberspace recognised as a domain of operations", "and who was sg at that time?", "jens-stoltenberg"),
    ("what is the nicc", "who was secretary general then?", "jens-stoltenberg"),
])
def test_the_holder_at_the_time_of_the_decision(bot, before, typed, holder):
    for text in (before, typed):
        reply = bot.handle(Request(text, user=f"then|{before}|{typed}"))
    assert reply.items[0].id == holder and "Rutte" not in reply.title, reply.title
