"""'On this day' asked the long way round (bot/answering/this_day_asks.py): put as the day routes know it, or left alone."""

import pytest

from bot.answering.this_day_asks import as_this_day


@pytest.mark.parametrize("question", [
    "is there any nato cyber event in your records that took place on this calendar day in a previous year",
    "does today s date mark the anniversary of any cyber defence decision by the alliance",
    "does today mark the anniversary of anything",
    "did anything happen on this calendar day in earlier years",
    "what happened on today s date in past years",
    "was there any nato cyber conference on today s date in an earlier year",
])
def test_asks_this_day(question):
    assert as_this_day(question) == "what happened on this day"


@pytest.mark.parametrize("question", [
    "what did rutte say today",
    "how many years ago today was the warsaw summit",
    "is the anniversary of the pledge in july",
    "when was the tirana conference",
])
def test_other_questions_left_alone(question):
    assert as_this_day(question) == question
