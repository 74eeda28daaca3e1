"""Who said something about a topic, asked with a noun for the words ("who said something about investment", "who said
the quote about china", "who made the remark about ...") or with a form of a word the line holds ("recommitting" for
its "recommit"): the line and who said it. Before, every one of these was "No quote in the knowledge says 'something
about investment'", the words of the ask read as the words said."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote"), [
    ("who said something about investment in cyber defence", "rutte-tirana-2025-stepping-up-investment"),
    ("who said the quote about china?", "stoltenberg-berlin-2023-china-values"),
    ("who said the line about china and our values", "stoltenberg-berlin-2023-china-values"),
    ("who made the remark about recommitting to cyber defence", "stoltenberg-rome-2022-recommit"),
    ("who talked about recommitting", "stoltenberg-rome-2022-recommit"),
    ("who has a good line about money?", "stoltenberg-rome-2022-recommit"),
])
def test_who_said_something_about_a_topic(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == quote, reply.title


def test_a_topic_no_line_is_about_is_still_the_miss(bot):
    reply = bot.handle(Request("who said something about quantum computing", user="u"))
    assert reply.kind == "not_found", reply.title
