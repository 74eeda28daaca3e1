"""A "meeting" at a place where no meeting is recorded is the gathering held there (constraints.LOOSE_KINDS)."""


import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "first", "says"), [
    ("Who hosted the Rome meeting?", "rome-pledge-conference-2022", "Italy"),
    ("When was the Berlin meeting?", "berlin-cyber-defence-conference-2023", "2023"),
    ("Who was the Dutch defence minister at The Hague meeting?", "kajsa-ollongren", "Ollongren"),
    ("Who was the German foreign minister at the Berlin meeting?", "annalena-baerbock", "Baerbock"),
    ("when was the tirana meeting", "tirana-cyber-defence-conference-2025", "October 2025"),
    ("when was the meeting with the young content creators", "protect-the-future-photo-2022", "2022"),
])
def test_a_meeting_at_a_place_is_the_gathering_there(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first and says in reply.title, reply.title


@pytest.mark.parametrize("question", ["when was the oslo meeting?", "who hosted the madrid meeting"])
def test_a_meeting_where_nothing_was_held_is_a_miss(bot, question):
    assert bot.handle(Request(question, user=question)).title.startswith("I have no")
