""""Why is there no <year> <series>?" asks about the edition missing, whatever years the message names beside it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(
    "question",
    [
        "why is there no 2020 pledge conference on my list? gap between 2019 and 2021",
        "why no pledge conference in 2020? my list jumps from 2019 to 2021",
        "why wasn't there a pledge conference in 2020, between london 2019 and tallinn 2021?",
    ],
)
def test_the_missing_edition_is_explained(bot_9_november, question):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == "tallinn-pledge-conference-2021", reply.title
    assert "2020" in reply.title and "postponed" in reply.title
