"""How long ago, asked with the thing first, "as of today" first, or "from today" after a pointer; and of which day."""

import datetime as dt

import pytest

from bot.answering.ago_asks import ago_asked
from bot.answering.parse import ago_today
from bot.request import Request


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("the Washington summit kicked off how many days ago?", "how many days ago was the washington summit"),
        ("so the NICC was agreed how many weeks ago", "how many weeks ago was the nicc"),
        ("the tallinn pledge conference was how many days ago?", "how many days ago was the tallinn pledge conference"),
        ("As of today how many days has Rutte been Secretary General?", "how many days has rutte been secretary general"),
        ("how many days ago is that from today", "how many days ago is that"),
        ("how many weeks ago was it as of today", "how many weeks ago was it"),
        ("when was the washington summit", "when was the washington summit"),  # asks no time ago: as typed
    ],
)
def test_a_time_ago_in_the_usual_order(typed, asked):
    assert ago_asked(typed) == asked


@pytest.mark.parametrize(
    ("question", "first", "count"),
    [
        ("the tirana conference opened how many days ago?", "tirana-cyber-defence-conference-2025", "396 days"),
        ("how many days ago was day one of the rome pledge conference", "rome-pledge-conference-2022", "1,461 days"),
        ("how many days since the last day of the rome pledge conference", "rome-pledge-conference-2022", "1,460 days"),
        ("as of today, how many days has rutte been nato secretary general?", "mark-rutte", "769 days"),
        ("how many days ago did the washington summit end?", "washington-summit-2024", "851 days"),
        ("How many years is it now since the Allies made the Cyber Defence Pledge?", "cyber-defence-pledge-2016", "10 years"),
        ("how many years is it now since nato held the berlin conference", "berlin-cyber-defence-conference-2023", "3 years"),
        ("How long has it been now since the Wales summit?", "wales-summit-2014", "12 years"),
        ("how long is it now since rutte spoke in tirana", "tirana-cyber-defence-conference-2025", "1 year"),
        ("how many years has it been now since the warsaw summit", "warsaw-summit-2016", "10 years"),
    ],
)
def test_how_long_ago(bot_9_november, question, first, count):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert count in reply.title


@pytest.mark.parametrize("pointer", ["ok and how many days ago is that from today", "how many weeks ago was that, exactly?"])
def test_a_time_ago_pointing_back(bot_9_november, pointer):
    bot_9_november.handle(Request("when was the tirana cyber defence conference?", user=f"ago-{pointer}"))
    reply = bot_9_november.handle(Request(pointer, user=f"ago-{pointer}"))
    assert reply.items and reply.items[0].id == "tirana-cyber-defence-conference-2025", reply.title
    assert "ago" in reply.title


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("which nato cyber conference started exactly four years ago from today", "which nato cyber conference took place four years ago today"),
        ("which conference opened 3 years ago today", "which conference took place 3 years ago today"),
        ("which summit began precisely ten years ago as of today", "which summit took place ten years ago today"),
        ("which conference started four years ago", "which conference started four years ago"),  # no day: the year, read elsewhere
    ],
)
def test_a_gathering_begun_some_years_ago_today_is_what_took_place_that_day(typed, asked):
    assert ago_asked(typed) == asked


@pytest.mark.parametrize(
    ("question", "entry", "word"),
    [
        ("Which NATO cyber conference started exactly four years ago from today?", "rome-pledge-conference-2022", "Rome"),
        ("Which conference began three years ago today?", "berlin-cyber-defence-conference-2023", "Berlin"),
        ("Which conference was held 4 years ago?", "rome-pledge-conference-2022", "Rome"),
        ("which summit took place ten years ago", "warsaw-summit-2016", "Warsaw"),
    ],
)
def test_a_gathering_named_by_years_ago(bot_9_november, question, entry, word):
    from adapters.text_render import render_text

    reply = bot_9_november.handle(Request(question, user=question))
    assert entry in [i.id for i in reply.items] and word in render_text(reply), reply.title


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("what happened 4 years ago tomorrow", dt.date(2022, 11, 10)),
        ("anything NATO cyber happen exactly 4 years ago tomorrow?", dt.date(2022, 11, 10)),
        ("what happened 3 years ago yesterday", dt.date(2023, 11, 8)),
        ("yesterday exactly two years ago", dt.date(2024, 11, 8)),
        ("3 years ago today", dt.date(2023, 11, 9)),
        ("3 years ago", None),  # no day named
    ],
)
def test_years_ago_counted_from_tomorrow_or_yesterday(typed, day):
    assert ago_today(typed, today=dt.date(2026, 11, 9)) == day


def test_a_day_counted_from_tomorrow_is_that_day_not_today(bot_9_november):
    reply = bot_9_november.handle(Request("what happened 4 years ago tomorrow", user="u"))
    assert reply.items[0].id == "rome-pledge-conference-2022" and "10 November 2022" in reply.title and "today" not in reply.title

