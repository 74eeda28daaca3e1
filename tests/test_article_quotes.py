"""The quotes an article carries, asked of the article ("which quotes are in the oicanadian article?", "what quotations
does the rmndigital.com piece carry") or after one of its quotes ("are there other quotes from him in the same article?"):
that article's quotes (of that speaker, when a pronoun names him), never a quote by someone called "in the article"."""

import pytest

from bot.request import Request

TIRANA = {"rutte-tirana-2025-working-against-us", "rutte-tirana-2025-stepping-up-investment", "rutte-tirana-2025-no-one-stands-alone",
          "rutte-tirana-2025-stand-together"}
ROME = {"stoltenberg-rome-2022-contested-space", "stoltenberg-rome-2022-recommit"}
HAGUE = {"ollongren-hague-2024-stand-together", "odobescu-hague-2024-constant-evolution"}


@pytest.mark.parametrize(("typed", "quotes"), [
    ("which quotes are in the Europe Diplomatic article?", TIRANA),
    ("what quotations does the rmndigital.com piece carry", ROME),
    ("list the quotes in the hague article", HAGUE),
    ("the quotations in the rmndigital article please", ROME),
])
def test_an_articles_quotes_asked_of_the_article(bot, typed, quotes):
    reply = bot.handle(Request(typed, user=typed))
    ids = {i.id for i in reply.items}
    assert quotes <= ids and "quotation" in reply.title, (reply.title, ids)


@pytest.mark.parametrize(("first", "then", "quotes"), [
    ("who said 'NATO Allies are also stepping up their investment in cyber defence'?", "other quotes from him in that article?", TIRANA),
    ("who said 'cyber is a constantly contested space'?", "any more quotes from that article?", ROME),
    ("who said 'Cybersecurity is a dynamic field that requires constant evolution'?", "what other lines are in the same piece?", HAGUE),
])
def test_the_other_quotes_of_the_article_after_one_of_them(bot, first, then, quotes):
    bot.handle(Request(first, user=then))
    reply = bot.handle(Request(then, user=then))
    ids = {i.id for i in reply.items}
    assert quotes <= ids, (reply.title, ids)
