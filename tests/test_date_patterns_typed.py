"""A date's pattern typed bare after a question ("? dd-mm-yyyy", "please yyyy-mm-dd", "graag dd/mm/yyyy") asks for the shape of
the answer: the question is answered, never read as an entry called "... please dd mm yyyy"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("when was the conference in tirana? dd-mm-yyyy please", "tirana-cyber-defence-conference-2025", "9–10 October 2025"),
    ("when was the hague pledge conference? yyyy-mm-dd", "hague-pledge-conference-2024", "16–17 May 2024"),
    ("when did geoana speak in the hague, dd/mm/yyyy", "hague-pledge-conference-2024", "17 May 2024"),
    ("welke datum was de Tallinn conferentie? graag in dd-mm-yyyy", "tallinn-pledge-conference-2021", "15 April 2021"),
    ("when was the warsaw summit? please dd.mm.yy", "warsaw-summit-2016", "2016"),
])
def test_a_bare_date_pattern_is_a_shape_not_a_subject(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and said in reply.title, reply.title


def test_a_bare_date_pattern_after_a_quote_asks_the_quotes_day(bot):
    bot.handle(Request("who said 'we must not repeat this mistake'?", user="pattern"))
    reply = bot.handle(Request("what date was that? pls dd-mm-yyyy", user="pattern"))
    assert reply.items[0].id == "berlin-cyber-defence-conference-2023" and "9 November 2023" in reply.title, reply.title
