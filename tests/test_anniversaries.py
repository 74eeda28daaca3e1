"""The stretch of days an anniversary question names, and what falls in it."""

import datetime as dt

import pytest

from bot.answering.topics.anniversaries import answer_anniversaries, stretch_asked
from bot.service import Bot

TODAY = dt.date(2026, 11, 5)


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("any anniversaries this week", (TODAY, dt.date(2026, 11, 11))),
        ("anniversaries next week", (dt.date(2026, 11, 12), dt.date(2026, 11, 18))),
        ("anniversaries this month", (dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
        ("anniversaries next month", (dt.date(2026, 12, 1), dt.date(2026, 12, 31))),
        ("anniversaries coming up", (TODAY, dt.date(2026, 12, 5))),
        ("anniversaries in march", (dt.date(2027, 3, 1), dt.date(2027, 3, 31))),  # the coming march
        ("anniversaries in november", (dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
        ("anniversary of the warsaw summit", None),
    ],
)
def test_the_stretch_named(text, stretch):
    assert stretch_asked(text, TODAY) == stretch


def test_each_event_once_on_its_first_day_in_date_order():
    lookup = Bot.from_path(None).engine.lookup
    reply = answer_anniversaries(lookup, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    ids = [i.id for i in reply.items]
    assert ids.index("berlin-cyber-defence-conference-2023") < ids.index("london-cyber-defence-conference-2024")
    assert ids.count("rome-pledge-conference-2022") == 1  # 9-10 November: one line, on the 9th


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("anniversaries left in november", (TODAY, dt.date(2026, 11, 30))),
        ("conference anniversaries left this month after this week", (dt.date(2026, 11, 12), dt.date(2026, 11, 30))),
        ("any anniversaries remaining this month", (TODAY, dt.date(2026, 11, 30))),
    ],
)
def test_what_is_left_of_a_stretch(text, stretch):
    assert stretch_asked(text, TODAY) == stretch


@pytest.mark.parametrize(
    ("question", "first", "says"),
    [
        ("3rd anniversary of the hague pledge conf next year - what weekday does it land on?", "hague-pledge-conference-2024", ["16 May 2027", "Sunday"]),
        ("the warsaw summit's 11th anniversary next july falls on a...?", "warsaw-summit-2016", ["8 July 2027", "Thursday"]),
        ("berlin cyber defence conference turns 4 next november - which day of the week?", "berlin-cyber-defence-conference-2023", ["9 November 2027", "Tuesday"]),
        ("did we already miss the washington summit's 2nd anniversary this year? when was it", "washington-summit-2024", ["9 July 2026"]),
        ("when is the 5th anniversary of the tallinn pledge conference, roughly?", "tallinn-pledge-conference-2021", ["2026"]),
    ],
)
def test_the_nth_anniversary_and_its_weekday(bot_9_november, question, first, says):
    from bot.request import Request

    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert all(word in reply.title for word in says), reply.title


def test_anniversaries_of_one_kind_still_to_come(bot_9_november):
    from bot.request import Request

    reply = bot_9_november.handle(Request("any conference anniversaries left in november after this week?", user="kind-left"))
    assert [i.id for i in reply.items] == ["london-cyber-defence-conference-2024"]
