""""X was the fourth pledge conference, no? which were the ones before?": the ones of that kind before X."""

import pytest

from bot.answering.ones_around import ones_around
from bot.request import Request


@pytest.mark.parametrize(("text", "read"), [
    ("rome 2022 was the fourth pledge conference, no? which were the ones before, city and year please",
     "which pledge conferences were before rome 2022?"),
    ("Tirana was the third annual conference. and the ones before it?", "which annual conferences were before tirana?"),
    ("london 2024 was the second annual conference, right? which were the ones after?", "which annual conferences were after london 2024?"),
    ("which were the ones before?", "which were the ones before?"),  # nothing named before
    ("the ones before rome, where were they?", "the ones before rome, where were they?"),
])
def test_the_ones_around_a_gathering_named_before(text, read):
    assert ones_around(text) == read


@pytest.mark.parametrize(("asked", "ids"), [
    ("Rome 2022 was the fourth pledge conference, no? which were the ones before, city and year please",
     ["tallinn-pledge-conference-2021", "london-pledge-conference-2019", "paris-pledge-conference-2018"]),
    ("Tirana was the third annual conference. and the ones before it?", ["london-cyber-defence-conference-2024", "berlin-cyber-defence-conference-2023"]),
])
def test_the_ones_around_are_listed(bot, asked, ids):
    reply = bot.handle(Request(asked, user=asked))
    assert [item.id for item in reply.items] == ids, reply.title


@pytest.mark.parametrize(("text", "read"), [
    ("which other nato cyber conference started on a 9 november?", "which nato cyber conference started on a 9 november?"),
    ("what other summit took place on 9 july?", "what summit took place on 9 july?"),
    ("which other conferences did rutte attend?", "which other conferences did rutte attend?"),  # no day asked
])
def test_which_other_on_a_day_asks_that_day(text, read):
    assert ones_around(text) == read


@pytest.mark.parametrize("asked", [
    "today is 9 november, exactly four years from Rome! which other NATO cyber conference started on a 9 november?",
    "oggi è 9 novembre, four years from Roma! which other NATO cyber conference started on a 9 novembre?",
    "which other conference opened on 9 November?",
])
def test_the_day_told_and_another_gathering_that_day(bot_9_november, asked):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert "berlin-cyber-defence-conference-2023" in [item.id for item in reply.items], reply.title
