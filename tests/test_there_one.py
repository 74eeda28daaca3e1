""""<a gathering>, was there one in <year>?": the "one" is the gathering named before the question (question_text)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "says"), [
    ("the pledge conference, was there one in 2020?", "no Cyber Defence Pledge Conference in 2020"),
    ("the annual nato cyber defence conference, was there one in 2022?", "no NATO Cyber Defence Conference in 2022"),
    ("pledge conferences - was there one in 2019?", "2019"),
])
def test_one_is_the_gathering_named_before(bot, question, says):
    reply = bot.handle(Request(question, user=question))
    assert says in reply.title, reply.title
