"""A sentence about one gathering, then the same asked of another: the question is asked of the other alone."""

import pytest

from bot.answering.contrast_leads import asked_of_the_other
from bot.request import Request


@pytest.mark.parametrize(("text", "read"), [
    ("in rome the co-hosts were italy and usa. and at the hague, who?", "who were the co-hosts at the hague?"),
    ("in rome we had stoltenberg himself. at the hague who spoke for nato?", "at the hague who spoke for nato?"),
    ("rome was in november, tirana in october... and london 2019 which month?", "and london 2019 which month?"),
    ("in berlin the host was the foreign office. and in london, who?", "who was the host at london?"),
    ("rome was great. who spoke there?", "rome was great. who spoke there?"),  # points back: the same place
    ("was it in rome? and at the hague?", "was it in rome? and at the hague?"),  # the lead asks itself
])
def test_a_statement_about_another_place_is_dropped(text, read):
    assert asked_of_the_other(text) == read


@pytest.mark.parametrize(("asked", "first", "word"), [
    ("In Rome the co-hosts were Italy and the US. and at The Hague, who?", "hague-pledge-conference-2024", "Romania"),
    ("Berlin was hosted by the Foreign Office. and in London, who?", "london-cyber-defence-conference-2024", "London"),
    ("Paris was in May 2018. London 2019 pledge conference, which month?", "london-pledge-conference-2019", "May 2019"),
    ("In Rome Stoltenberg spoke in person. at Tirana who spoke for NATO?", "tirana-cyber-defence-conference-2025", "Rutte"),
    ("In Rome we had Stoltenberg himself. at The Hague who spoke for NATO?", "hague-pledge-conference-2024", "Deputy Secretary General"),
])
def test_the_other_gathering_is_answered(bot, asked, first, word):
    from adapters.text_render import render_text

    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first and word in render_text(reply), reply.title
