"""A follow-up asking a date "at which date", or in a form spelt in words ("please in the form day.month.year", "as
dd.mm.yyyy"): the date of what the conversation is about (the gathering, or the day a quote was said), never the
shape read as a subject ("Ask me something", the NICC)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("follow", [
    "And at which date? Please in the form day.month.year.",
    "and on which date? please as dd.mm.yyyy",
    "and when? in the format day-month-year please",
])
def test_a_date_form_after_a_follow_up(bot, follow):
    user = f"form-{follow}"
    bot.handle(Request("where was the first nato cyber defence conference?", user=user))
    reply = bot.handle(Request(follow, user=user))
    assert reply.items and reply.items[0].id == "berlin-cyber-defence-conference-2023", reply.title


@pytest.mark.parametrize(("words", "first", "day"), [
    ("no one stands alone in nato", "rutte-tirana-2025-no-one-stands-alone", "9 October 2025"),
    ("we must not repeat this mistake", "stoltenberg-berlin-2023-not-repeat-mistake", "9 November 2023"),
])
@pytest.mark.parametrize("follow", ["At which date did he say this?", "And on which day exactly he has this said?", "in which year did he say it"])
def test_the_day_a_quote_was_said_asked_at_which_date(bot, words, first, day, follow):
    user = f"said-{words}-{follow}"
    bot.handle(Request(f"who said '{words}'?", user=user))
    reply = bot.handle(Request(follow, user=user))
    assert reply.items and reply.items[0].id == first and day in reply.title, reply.title
