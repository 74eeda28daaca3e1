"""The time between two dates, in the unit a question asks for (bot.answering.topics.time_between.span)."""

import datetime as dt

import pytest

from bot.answering.topics.time_between import span


@pytest.mark.parametrize(("start", "end", "unit", "said"), [
    (dt.date(2016, 7, 8), dt.date(2018, 5, 15), None, "1 year and 10 months"),
    (dt.date(2022, 11, 9), dt.date(2025, 10, 9), "years", "2 years and 11 months"),
    (dt.date(2024, 5, 16), dt.date(2024, 7, 10), None, "55 days"),  # under a year: in days, not "1 month"
    (dt.date(2024, 5, 16), dt.date(2024, 7, 10), "weeks", "7 weeks and 6 days"),
    (dt.date(2024, 5, 16), dt.date(2024, 7, 10), "months", "1 month"),
    (dt.date(2023, 11, 9), dt.date(2024, 11, 9), None, "1 year"),
    (dt.date(2024, 1, 31), dt.date(2024, 2, 29), "months", "0 months"),  # not a whole month
])
def test_span(start, end, unit, said):
    assert span(start, end, unit) == said
