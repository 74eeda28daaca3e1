"""A line named by its topic, then its words asked with nobody named ("the saceur authority line - what exactly was
said", "the china line, what did he say"): the quotes on that topic (of that year, when one is named), never "no quote
by 'said the saceur authority'"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote"), [
    ("the saceur authority line, what was said exactly", "stoltenberg-berlin-2023-saceur-authority"),
    ("the kinetic attacks bit from berlin - what were the words", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("that recommit line from rome - what did he say", "stoltenberg-rome-2022-recommit"),
    ("the china line from 3 years ago, what did he say", "stoltenberg-berlin-2023-china-values"),
])
def test_the_topics_quotes_are_given(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert quote in [item.id for item in reply.items], reply.title


def test_a_year_the_line_was_not_said_in_is_said_first(bot):
    reply = bot.handle(Request("the saceur authority line from last year - what was said", user="u"))
    assert reply.kind == "not_found" and "2025" in reply.title, reply.title
