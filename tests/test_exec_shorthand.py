"""Shorthand a busy official types: "mtg" for meeting, "1st" for first before "edition": a meeting the knowledge lacks is
an honest miss at that place (never an entry sharing "cyber"), and an exercise's 1st edition is its first one."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "title"), [
    ("oslo cyber mtg when?", "I have no meeting in Oslo."),
    ("copenhagen mtg date", "I have no meeting in Copenhagen."),
    ("any nato cyber mtgs in ankara", "I have no "),  # "event" or "meeting": never an entry sharing "cyber"
])
def test_a_meeting_at_a_place_the_knowledge_lacks(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(title), reply.title


def test_a_meeting_the_knowledge_holds(bot):
    reply = bot.handle(Request("sg mtg with youtubers - date?", user="u"))
    assert reply.items[0].id == "protect-the-future-photo-2022" and "27 May 2022" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["cyber coalition 1st edition when", "1st edition of cyber coalition?", "when was the 1st cyber coalition"])
def test_the_1st_edition_of_an_exercise(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "two series have a first conference"
    assert "cyber-coalition-2008" in [i.id for i in reply.items[:2]] and "2008" in reply.title, reply.title
