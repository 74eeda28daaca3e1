"""A board-slide writer's asks: a day in a named year counted from today, whether someone still holds a post (with a
"yes or no" after it), how many years something has been around, the edition right after or before the one talked
about, and a summary asked "in one line for the deck"."""

import datetime as dt

import pytest

from bot.answering.question_text import normalise_question
from bot.answering.relative_time import this_day_in_year
from bot.request import Request
from tests.answers.scoring import is_miss

NOV_9 = dt.date(2026, 11, 9)


def assert_leads(bot, asked: str, first: str) -> None:
    """``asked`` alone, in a conversation of its own, is answered with ``first`` leading."""
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("typed, put", [
    ("anything on this same date back in 2023?", "anything on 9 November 2023?"),
    ("what happened on this day in 2022", "what happened on 9 November 2022"),
    ("did anything happen on today's date in 2024?", "did anything happen on 9 November 2024?"),
    ("same day in 2022, anything?", "on 9 November 2022, anything?"),
    ("post draft: 'On this day in 2016, Allies agreed the Pledge' good?", "post draft: 'On this day in 2016, Allies agreed the Pledge' good?"),
    ("what happened on this day?", "what happened on this day?"),  # no year: every year's (the day routes)
])
def test_this_day_in_a_year_is_that_years_date(typed, put):
    assert this_day_in_year(typed, NOV_9) == put


def test_29_february_in_a_common_year_is_left_as_typed():
    assert this_day_in_year("anything on this day in 2023?", dt.date(2028, 2, 29)) == "anything on this day in 2023?"


@pytest.mark.parametrize("asked, first", [
    ("anything NATO-cyber on this same date back in 2023?", "berlin-cyber-defence-conference-2023"),
    ("what happened on this day in 2022?", "vilnius-dates-announcement-2022"),
    ("same day in 2022 - anything?", "vilnius-dates-announcement-2022"),
    ("did anything happen on today's date in 2023?", "berlin-cyber-defence-conference-2023"),
])
def test_a_day_in_a_named_year_leads_with_that_years_entry(bot_9_november, asked, first):
    assert_leads(bot_9_november, asked, first)


@pytest.mark.parametrize("typed, put", [
    ("is stoltenberg still running NATO? yes or no", "is stoltenberg still the nato secretary general"),
    ("is stoltenberg still running NATO? y/n", "is stoltenberg still the nato secretary general"),
    ("is rutte the SG, just yes or no", "is rutte the secretary general"),
])
def test_yes_or_no_after_a_question_asks_no_more(typed, put):
    assert normalise_question(typed) == put


@pytest.mark.parametrize("asked", [
    "is stoltenberg still running NATO? yes or no",
    "Stoltenberg still NATO chief? y/n",
    "does stoltenberg still lead nato? yes/no",
    "is Stoltenberg still in charge at NATO, yes or no?",
    "is jens stoltenberg still the boss of nato",
])
def test_a_former_holder_still_asked_is_no_with_todays_holder(bot_9_november, asked):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert reply.title.startswith("No:") and "Mark Rutte" in reply.title, reply.title
    assert "mark-rutte" in [i.id for i in reply.items]


@pytest.mark.parametrize("asked", ["is rutte a better secretary general than stoltenberg, yes or no", "was the berlin conference better than london?"])
def test_better_than_is_an_opinion(bot_9_november, asked):
    assert is_miss(bot_9_november.handle(Request(asked, user=asked)))


@pytest.mark.parametrize("asked, first, years", [
    ("how many years has the Cyber Defence Pledge been around as of today?", "cyber-defence-pledge-2016", "10 years"),
    ("how many years has the NICC been around?", "nato-integrated-cyber-defence-centre", "2 years"),
    ("how long has the pledge existed to date?", "cyber-defence-pledge-2016", "10 years"),
    ("how many years has the enhanced cyber defence policy been in place as of now", "wales-2014-enhanced-cyber-defence-policy", "12 years"),
])
def test_years_around_counts_to_today(bot_9_november, asked, first, years):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert reply.items[0].id == first and years in reply.title, reply.title


@pytest.mark.parametrize("before, asked, first", [
    ("when was the berlin conference?", "ok and which country hosted the edition right after it?", "london-cyber-defence-conference-2024"),
    ("when was the berlin conference?", "who hosted the next one?", "london-cyber-defence-conference-2024"),
    ("when was the berlin conference?", "which country hosted the following edition?", "london-cyber-defence-conference-2024"),
    ("when was the rome pledge conference?", "where was the edition right before it?", "tallinn-pledge-conference-2021"),
    ("when was the london 2024 conference?", "where was the previous one?", "berlin-cyber-defence-conference-2023"),
])
def test_the_edition_next_to_the_last_one(bot_9_november, before, asked, first):
    bot_9_november.handle(Request(before, user=asked))
    assert_leads(bot_9_november, asked, first)


def test_the_next_one_asked_in_the_present_is_what_is_coming_up(bot_9_november):
    bot_9_november.handle(Request("when was the berlin conference?", user="next"))
    reply = bot_9_november.handle(Request("when is the next one?", user="next"))
    assert [i.id for i in reply.items[:1]] != ["london-cyber-defence-conference-2024"], reply.title


@pytest.mark.parametrize("typed, put", [
    ("Tirana conference in one line for the deck", "tirana conference"),
    ("the hague pledge conference in one line for the board deck", "the hague pledge conference"),
    ("Cyber Coalition in a sentence for the memo", "cyber coalition"),
])
def test_what_the_summary_is_for_asks_nothing(typed, put):
    assert normalise_question(typed) == put


@pytest.mark.parametrize("before, asked, first", [
    ("who said no one stands alone?", "what year?", "rutte-tirana-2025-no-one-stands-alone"),
    ("who said no one stands alone?", "which year?", "rutte-tirana-2025-no-one-stands-alone"),
    ("when was the berlin conference", "what year?", "berlin-cyber-defence-conference-2023"),
    ("what is the NICC?", "what year?", "nato-integrated-cyber-defence-centre"),
    ("what is the cyber defence pledge?", "which month?", "cyber-defence-pledge-2016"),
])
def test_a_bare_year_or_month_asks_when_the_last_entry_was(bot_9_november, before, asked, first):
    bot_9_november.handle(Request(before, user=before + asked))
    reply = bot_9_november.handle(Request(asked, user=before + asked))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("asked, first", [
    ("which country hosted the edition right before London 2024?", "berlin-cyber-defence-conference-2023"),
    ("where was the edition after Rome 2022?", "hague-pledge-conference-2024"),
    ("when was the edition following the Paris pledge conference?", "london-pledge-conference-2019"),
])
def test_the_edition_next_to_one_named_is_of_its_series(bot_9_november, asked, first):
    assert_leads(bot_9_november, asked, first)


@pytest.mark.parametrize("asked, first", [
    ("latest Cyber Defence Pledge Conference you have on record - where and when, one line", "hague-pledge-conference-2024"),
    ("latest Cyber Defence Pledge Conference - where and when", "hague-pledge-conference-2024"),
    ("most recent NATO cyber defence conference - when and where?", "tirana-cyber-defence-conference-2025"),
    ("when and where was the last summit?", "washington-summit-2024"),
])
def test_the_latest_asked_where_and_when_is_the_latest(bot_9_november, asked, first):
    assert_leads(bot_9_november, asked, first)
