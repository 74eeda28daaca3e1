"""The sources of one quote say which line they are behind: where and when it was said ("source?" after a quote)."""

from bot.request import Request


def test_source_after_a_quote_names_where_it_was_said(bot):
    bot.handle(Request("sg on starlink?", user="u", channel="c"))
    reply = bot.handle(Request("source pls", user="u", channel="c"))
    assert reply.title == "1 source for the quote by Jens Stoltenberg (Berlin, 9 November 2023)", reply.title


def test_the_sources_of_a_persons_quote(bot):
    reply = bot.handle(Request("sources ollongren quote", user="u"))
    assert reply.title.startswith("1 source for the quote by Kajsa Ollongren (The Hague"), reply.title
