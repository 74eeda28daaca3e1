"""Dates at the edge of the calendar get an answer, not the generic failure line."""

import datetime as dt

import pytest

from bot.request import Request
from bot.service import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 10, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize("text", ["today 9999-12-31", "on this day 9999-12-30", "today 0001-01-01"])
def test_on_this_day_at_the_end_of_the_calendar_is_answered(bot, text):
    reply = bot.handle(Request(text))
    assert reply.kind != "error", reply.title
    assert "logged" not in reply.title
