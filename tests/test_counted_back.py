"""Time counted back in words ("three years back", "two years ago this month", "ten years this year since") read as
the day, month or span it names (relative_time.counted_back), and a month named with a year narrows "was there a
conference in <month> <year>" (topics/timeline.answer_next); a story told around the question does not change it."""

import datetime as dt

import pytest

from bot.answering.relative_time import counted_back, with_years
from bot.request import Request

TODAY = dt.date(2026, 11, 9)


@pytest.mark.parametrize(("question", "read"), [
    ("what happened in berlin on this very date three years back", "what happened in berlin on this date 3 years ago"),
    ("anything on this same day two years back", "anything on this day 2 years ago"),
    ("is it ten years this year since the pledge was made", "is it 10 years since the pledge was made"),
    ("was there a conference two years ago this month", "was there a conference in november 2024"),
    ("what happened 3 years ago", "what happened in 2023"),
])
def test_time_counted_back_in_words(question, read):
    assert with_years(counted_back(question), TODAY) == read


@pytest.mark.parametrize(("question", "first", "says"), [
    ("My diary says something happened in Berlin on this very date three years back. What was it?", "berlin-cyber-defence-conference-2023", "2023"),
    ("anything nato cyber on this same day four years back?", "vilnius-dates-announcement-2022", "9 November 2022"),
    ("Was there a NATO cyber conference two years ago this month? My son thinks so", "london-cyber-defence-conference-2024", "November 2024"),
    ("was there a nato conference in may 2024", "hague-pledge-conference-2024", "2024"),
    ("Is it ten years this year since the cyber defence pledge was agreed? Our club wants anniversaries", "cyber-defence-pledge-2016", "2016"),
])
def test_a_day_or_month_counted_back(bot, question, first, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == first and says in reply.title, reply.title


@pytest.mark.parametrize(("question", "read"), [
    ("was the london conference last year or 2 years ago", "was the london conference in 2025 or in 2024"),
    ("the hague one, 2 years ago or last year", "the hague one, in 2024 or in 2025"),
    ("was tirana in 2025 or a year ago", "was tirana in 2025 or in 2025"),
])
def test_a_year_or_a_count_back_offered_as_two_years(question, read):
    assert with_years(counted_back(question), TODAY) == read


@pytest.mark.parametrize(("question", "first"), [
    ("the london cyber defence conference was last year or two years ago?", "london-cyber-defence-conference-2024"),
    ("was the tirana conference last year or 2 years ago", "tirana-cyber-defence-conference-2025"),
    ("berlin conference: 3 years ago or last year?", "berlin-cyber-defence-conference-2023"),
])
def test_which_of_two_years_a_gathering_was(first_item, question, first):
    assert first_item(question) == first
