"""Figures over a whole conference series: the average gap between its editions, how many countries or cities have hosted
it, and its editions counted with one series left out or a span of years typed with a dash. Never one edition's card, a
quote sharing the words, or the other series."""

import pytest

from bot.request import Request

PLEDGE = "cyber-defence-pledge-conference-series"
ANNUAL = "nato-cyber-defence-conference-series"


@pytest.mark.parametrize(("typed", "series", "days"), [
    ("what's the mean spacing of the pledge conferences", PLEDGE, "548 days"),
    ("on average how far apart were the annual conferences?", ANNUAL, "350 days"),
    ("typical gap between two annual nato cyber defence conferences", ANNUAL, "350 days"),
    ("pledge conferences 2019 to 2022, average interval", PLEDGE, "633 days"),
    ("avg time between pledge confs since 2019", PLEDGE, "607 days"),
])
def test_the_average_gap_of_a_series(bot, typed, series, days):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == series and days in reply.title, reply.title


@pytest.mark.parametrize(("typed", "series", "count"), [
    ("how many different countries have hosted a pledge conference", PLEDGE, "5 countries"),
    ("how many unique host cities has the annual cyber defence conference had so far", ANNUAL, "3 cities"),
    ("number of host nations of the annual conference", ANNUAL, "3 countries"),
])
def test_how_many_places_hosted_a_series(bot, typed, series, count):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == series and reply.title.startswith(count), reply.title


def test_one_edition_named_is_not_the_series(bot):
    reply = bot.handle(Request("how many countries hosted the 2024 pledge conference", user="u"))
    assert reply.items[0].id == "hague-pledge-conference-2024", reply.title


@pytest.mark.parametrize(("typed", "first", "last"), [
    ("how many cyber defence conferences were there, pledge ones excluded? i mean without the pledge series", ANNUAL, "tirana-cyber-defence-conference-2025"),
    ("number of cyber defence conferences, not the annual ones", PLEDGE, "hague-pledge-conference-2024"),
    ("count of pledge conferences 2019–2022", PLEDGE, "rome-pledge-conference-2022"),
])
def test_a_series_counted_with_one_left_out_or_a_dashed_span(bot, typed, first, last):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert ids[0] == first and ids[-1] == last, (reply.title, ids)


def test_a_year_missing_asked_after_a_count(bot):
    bot.handle(Request("how many pledge conferences so far", user="gap"))
    reply = bot.handle(Request("any year skipped?", user="gap"))
    assert "2020" in reply.title, reply.title
