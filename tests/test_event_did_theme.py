"""A gathering's theme asked as a slogan, a motto or an official theme: the sentence of its entry that gives it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("did the Rome summit have like an official theme or slogan", "infrastructure"),
        ("did the rome conference have a slogan", "resilience"),
        ("did the rome pledge conference have a motto?", "resilience"),
        ("did the tirana conference have an official theme", "Core topics"),
    ],
)
def test_a_theme_asked_another_way(bot_9_november, question, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert says in reply.title, reply.title


def test_a_theme_not_recorded_is_said_so(bot_9_november):
    reply = bot_9_november.handle(Request("did the london conference have a motto", user="london-motto"))
    assert "does not say" in reply.title, reply.title
