"""Which day of the week: asked as a "when" question, answered with the weekday of the date given."""

import pytest

from bot.answering.topics.weekdays import as_when, asks_weekday, with_weekday
from bot.reply import Reply


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("what weekday was the rome conference", "when was the rome conference"),
        ("which day of the week did the summit start", "when was the summit start"),
        ("stoltenberg berlin speech which weekday", "stoltenberg berlin speech when"),
    ],
)
def test_a_weekday_question_is_asked_as_when(question, when):
    assert asks_weekday(question)
    assert as_when(question) == when


def test_a_week_that_asks_no_weekday_is_not_one():
    assert not asks_weekday("what happened in the week of the summit")


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Summit: 8–9 July 2016", "Summit: 8–9 July 2016 (Friday–Saturday)"),
        ("She spoke on 16 May 2024 (the conference)", "She spoke on 16 May 2024 (the conference) (Thursday)"),
        ("I have no conference in Oslo.", "I have no conference in Oslo."),  # no date: nothing to name
        ("On 31 February 2024", "On 31 February 2024"),  # no such day
    ],
)
def test_the_weekday_of_the_date_a_title_gives(title, named):
    assert with_weekday(Reply("answer", title)).title == named
