"""Open-ended asks that name nothing ("surprise me", "fun fact?", "latest news?", "a summary of everything you know"):
the bot's own picks (the quote of the day, its newest events, what it knows), never a search for a quote holding
"fun fact" or a miss on "surprise me"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", ["surprise me", "tell me something interesting", "fun fact?", "random fact about nato cyber",
                                   "give me something cool"])
def test_a_pick_asked_for_is_the_quote_of_the_day(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title == "Quote of the day", reply.title


@pytest.mark.parametrize("typed", ["latest news?", "any news", "recent news pls"])
def test_news_is_the_newest_events(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "list" and "newest events" in reply.title, reply.title


def test_a_summary_of_everything_is_what_the_bot_knows(bot):
    reply = bot.handle(Request("give me a summary of everything you know", user="u"))
    assert reply.title == "About cyberbot", reply.title
