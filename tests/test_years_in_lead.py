"""A year named relative to today in a lead clause ("the summit ten years ago, what was decided", "was there a pledge
conference eight years ago? where"), in a bare "was there one N years ago", or after a piece written ("the op-ed from ten
years ago, who wrote it"): that year is the question's constraint, kept when the clause that asks drops the lead; a plain
"the x was N years ago?" stays a claim of how long ago. The bot's clock reads 9 November 2026."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "shown"), [
    ("that summit ten years ago, what was decided on cyber", "cyber-defence-pledge-2016", "Warsaw"),
    ("the cyber defence conf three years ago, who opened it?", "berlin-cyber-defence-conference-2023", "Baerbock"),
    ("the pledge conference four years ago - who co-hosted it", "rome-pledge-conference-2022", "Italy"),
    ("the pledge conference seven years ago: where was it held", "london-pledge-conference-2019", "London"),
    ("the summit two years ago, where was it", "washington-summit-2024", "Washington"),
    ("were there any summits three years ago, which city", "vilnius-summit-2023", "2023"),
])
def test_a_year_counted_back_in_the_lead_is_kept(bot, typed, first, shown):
    reply = bot.handle(Request(typed, user=typed))
    assert [item.id for item in reply.items[:1]] == [first] and shown in reply.title, reply.title


@pytest.mark.parametrize(("typed", "year"), [
    ("was there a pledge conference eleven years ago, who ran it", "2015"),
    ("was there a pledge conference 3 years ago?", "2023"),
])
def test_a_year_without_that_gathering_is_said_first(bot, typed, year):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(("I have no", "There was no", "No ")) and year in reply.title, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("the op-ed from ten years ago, who wrote it", "stoltenberg-oped-2016"),
    ("that article from two years ago - who wrote it", "roxana-stanica"),
])
def test_a_piece_written_some_years_ago_is_that_years(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first, reply.title


@pytest.mark.parametrize("typed", ["the rome pledge conference was two years ago?", "the tirana conference happened 3 years ago?"])
def test_a_span_stated_is_checked_not_read_as_a_year(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and "ago" in reply.title, reply.title
