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
