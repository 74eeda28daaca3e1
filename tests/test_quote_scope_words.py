"""A request for quotes narrowed by words that narrow nothing: "cyber" (every line here is on cyber: "all ollongren quotes
on cyber", "stoltenberg's cyber quotes") and a year put as if it were a speaker ("any quotes from 2025"): every quote of
that speaker or year, never only the lines holding the word "cyber", never "no quote by “2025”"
(bot.answering.cyber_scope, topics.year_quotes)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "title"), [
    ("all stoltenberg quotes on cyber", "quotes by Jens Stoltenberg"),
    ("ollongren quotes about cyber", "1 quote by Kajsa Ollongren"),
    ("give me rutte's cyber quotes", "4 quotes by Mark Rutte"),
    ("any cyber quotes by odobescu?", "1 quote by Luminița Odobescu"),
    ("any quotes from 2025", "4 quotes said in 2025"),
    ("got any cyber quotes from 2024", "2 quotes said in 2024"),
    ("show me all the quotes from 2022", "quotes said in 2022"),
    ("any quotes from 2019?", "The knowledge records no quote said in 2019"),
])
def test_every_quote_of_the_speaker_or_year_asked(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert title in reply.title and "on cyber" not in reply.title and "no quote by" not in reply.title.lower(), reply.title


def test_cyber_inside_a_line_s_own_words_is_kept(bot):
    reply = bot.handle(Request("the money for cyber quote by stoltenberg", user="u"))
    assert reply.items and reply.items[0].id == "stoltenberg-rome-2022-recommit", reply.title
