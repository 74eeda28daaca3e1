"""A writing asked of by its year and author ("stoltenberg's 2018 op-ed, what's it called") when the author wrote none that
year: "I have no op-ed by Jens Stoltenberg in 2018" first, then the piece the knowledge has; never a gathering of that
year (the 2018 Paris conference) nor the 2016 op-ed as if it were the one asked."""

import re

import pytest

from bot.request import Request

OPED = "stoltenberg-oped-2016"


@pytest.mark.parametrize("typed", [
    "what was stoltenberg's 2018 op-ed called",
    "the 2019 oped by stoltenberg - link?",
    "stoltenberg 2022 opinion piece on cyber",
    "when was stoltenberg's 2014 op-ed published",
    "link to the op-ed by stoltenberg in 2020?",
])
def test_a_year_he_wrote_nothing_in_is_said_first(bot, typed):
    year = re.search(r"20\d\d", typed)[0]
    piece = "opinion piece" if "opinion" in typed else "op-ed"
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title == f"I have no {piece} by Jens Stoltenberg in {year}", reply.title
    assert [i.id for i in reply.items] == [OPED] and "2016" in reply.blocks[0].text


def test_the_year_he_wrote_in_is_his_piece(bot):
    reply = bot.handle(Request("stoltenberg's 2016 op-ed, what's it called", user="right-year"))
    assert reply.kind == "answer" and reply.items[0].id == OPED, reply.title


def test_someone_who_wrote_nothing_is_said_so(bot):
    reply = bot.handle(Request("rutte's 2024 op-ed", user="rutte"))
    assert reply.title == "The knowledge records no article or other piece written by Mark Rutte", reply.title
