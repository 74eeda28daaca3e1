"""When someone started in office, asked in everyday words (topics/office_start)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "first", "says"), [
    ("when did rutte start", "mark-rutte", "1 October 2024"),
    ("when did mark rutte begin his job", "mark-rutte", "1 October 2024"),
    ("when did rutte start being nato boss", "mark-rutte", "1 October 2024"),
    ("when did stoltenberg start his job", "jens-stoltenberg", "2014"),
    ("when did they pick mark rutte to be the nato boss", "mark-rutte", "appointed NATO Secretary General on 26 June 2024"),
    ("when did nato choose rutte to lead the alliance", "mark-rutte", "26 June 2024"),
    ("when did they make rutte the nato boss", "mark-rutte", "26 June 2024"),
    ("when did the allies select the dutch pm as secretary general", "mark-rutte", "26 June 2024"),
])
def test_a_persons_start_in_office(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and says in reply.title, reply.title


@pytest.mark.parametrize(("question", "first"), [
    ("when did cyber coalition start", "cyber-coalition"),  # not a person: the exercise's own question
    ("when did the berlin conference start", "berlin-cyber-defence-conference-2023"),
])
def test_things_starting_are_left_to_the_routes(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first, reply.title


def test_he_started_after_a_person(bot):
    bot.handle(Request("who is the nato chief after stoltenberg", user="office-start"))
    reply = bot.handle(Request("when did he begin", user="office-start"))
    assert reply.items[0].id == "mark-rutte" and "1 October 2024" in reply.title, reply.title
