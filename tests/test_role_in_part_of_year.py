"""Who held a role in a part of a year (a quarter, a half, a season, a week number): the holder over exactly that
stretch, never the gathering of that year the words happen to fit; and "until when?" after a person, or a gathering."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "holder"), [
    ("who was sg in q4 2024", "mark-rutte"),
    ("who was the nato secretary general in the last quarter of 2024", "mark-rutte"),
    ("who led nato in h1 2024", "jens-stoltenberg"),
    ("who was nato chief in week 48 of 2024", "mark-rutte"),
    ("who was secretary general in spring 2024", "jens-stoltenberg"),
    ("who was sg during q1 2025", "mark-rutte"),
])
def test_the_holder_over_that_stretch(bot, typed, holder):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [holder], (reply.title, [i.id for i in reply.items])


def test_a_stretch_spanning_the_handover_names_both(bot):
    reply = bot.handle(Request("who was sg in the second half of 2024", user="u"))
    assert "Jens Stoltenberg, then Mark Rutte" in reply.title and "second half of 2024" in reply.title, reply.title


@pytest.mark.parametrize(("before", "typed", "says"), [
    ("who was sg in q3 2019?", "and until when", "until 1 October 2024"),
    ("who is stoltenberg", "till when?", "until 1 October 2024"),
    ("who is rutte", "until when", "no end"),
    ("when was the rome pledge conference", "and until when?", "2 days"),
])
def test_until_when_after_a_person_or_a_gathering(bot, before, typed, says):
    bot.handle(Request(before, user=before))
    reply = bot.handle(Request(typed, user=before))
    assert says in reply.title, reply.title
