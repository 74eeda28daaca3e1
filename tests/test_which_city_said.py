"""Where a line was said, asked with "which city" (or country, town) rather than "where", right after it or with its
words quoted ("he say it in which city?", "in which city did stoltenberg say '...'"): the line with its gathering and
place, never a search for the words and "in which city"."""

import pytest

from bot.request import Request

RUTTE_LINE = "who said 'no one stands alone in nato'"


@pytest.mark.parametrize("typed", ["in which city did he say it?", "he said it in which country", "which city he say it", "in what city was this said"])
def test_after_the_line(bot, typed):
    for text in (RUTTE_LINE, typed):
        reply = bot.handle(Request(text, user=f"city|{typed}"))
    assert reply.title.startswith("Mark Rutte said it at") and "Tirana" in reply.title, reply.title


def test_with_the_words_quoted(bot):
    reply = bot.handle(Request("in which city did stoltenberg say 'cyber is a constantly contested space'", user="u"))
    assert reply.items[0].id == "stoltenberg-rome-2022-contested-space" and "Rome" in reply.title, reply.title
