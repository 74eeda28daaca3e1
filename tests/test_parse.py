"""Parsing as a table: text in, Command (or UsageError) out."""

import datetime as dt

import pytest

from bot.answering.parse import Command, clean_text, month_first, parse, parse_ago, parse_date, parse_year
from bot.errors import UsageError


@pytest.mark.parametrize(
    ("text", "name", "sub", "args"),
    [
        ("", None, None, ""),
        (" ", None, None, ""),
        ("help", "help", None, ""),
        ("HELP", "help", None, ""),
        ("Help Quote", "help", None, "Quote"),
        ("/cyber help", "help", None, ""),
        ("/cyberbot quote rutte", "quote", None, "rutte"),
        ("@cyberbot quote rutte", "quote", None, "rutte"),
        ("@CyberBot   Quote   Rutte!", "quote", None, "Rutte"),
        ("<@U123ABC> events 2024", "events", None, "2024"),
        ("<@!123456789> event tirana", "event", None, "tirana"),
        ("<!channel> quote rutte", "quote", None, "rutte"),
        ("<!here|here> <@U1> events", "events", None, ""),
        ("<!subteam^S0123|@cyber-team> who rutte", "who", None, "rutte"),
        ("@here quote rutte", "quote", None, "rutte"),
        ("cyberbot: who rutte", "who", None, "rutte"),
        ("/help", "help", None, ""),
        ("quote rutte?", "quote", None, "rutte"),
        ("quotes stoltenberg.", "quotes", None, "stoltenberg"),
        ("events", "events", None, ""),
        ("event pledge conference 2022", "event", None, "pledge conference 2022"),
        ("on this day 9 october", "today", None, "9 october"),
        ("On This Day", "today", None, ""),
        ("otd 2026-11-10", "today", None, "2026-11-10"),
        ("today", "today", None, ""),
        ("digest subscribe 09:00 Europe/Brussels", "digest", "subscribe", "09:00 Europe/Brussels"),
        ("digest Preview 2026-11-10", "digest", "preview", "2026-11-10"),
        ("digest", "digest", None, ""),
        ("digest frobnicate", "digest", None, "frobnicate"),
        ("who rutte", "who", None, "rutte"),
        ("who said no one stands alone?", None, None, ""),
        ("who is the secretary general?", None, None, ""),
        ("who co-hosted the 2024 pledge conference?", None, None, ""),
        ("who spoke in Berlin?", None, None, ""),
        ("who s the author of the hague article", None, None, ""),  # "who's" typed without its apostrophe: a question
        ("when was the conference in Tirana?", None, None, ""),
        ("what did Rutte say about investment?", None, None, ""),
        ("helpful hints", None, None, ""),
        ("tirana", None, None, ""),
        ("investment", None, None, ""),
        ("sources", "sources", None, ""),
        ("about", "about", None, ""),
        ("search article 5", "search", None, "article 5"),
        ("pledge wales 2014 right?", None, None, ""),  # a claim's tag typed last: a question that starts with a command's name
        ("pledge warsaw 2016, correct?", None, None, ""),
        ("pledge 2016 true?", None, None, ""),
        ("pledge warsaw", "pledge", None, "warsaw"),
        ("reload", "reload", None, ""),
    ],
)
def test_parse_table(text, name, sub, args):
    command = parse(text)
    assert (command.name, command.sub, command.args) == (name, sub, args)


def test_question_keeps_its_text_without_the_mention():
    assert parse("@cyberbot when was the conference in Tirana?") == Command(
        None, None, "", "when was the conference in Tirana?"
    )


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [("qoute rutte", "qoute", "quote rutte"), ("evnets 2024", "evnets", "events 2024"), ("hlep", "hlep", "help"), ("pledgs", "pledgs", "pledges")],
)
def test_near_miss_of_a_command_suggests_it(text, wrong, right):
    with pytest.raises(UsageError) as error:
        parse(text)
    assert str(error.value) == f'Unknown command “{wrong}”. Did you mean “{right}”?'
    assert error.value.suggestions[0] == right  # the corrected command, ready to run


@pytest.mark.parametrize("text", ["quota of the alliance", "pledged money", "events2024"])
def test_words_of_the_knowledge_are_never_taken_for_misspelt_commands(text):
    assert parse(text, vocabulary={"quota", "pledged", "events2024"}).name is None


@pytest.mark.parametrize("text", ["when was it", "what did rutte say", "who said it", "where was it", "tell me about nicc"])
def test_questions_are_never_unknown_commands(text):
    assert parse(text).name is None


def test_control_characters_and_long_text_are_cleaned():
    assert clean_text("quote\x00\x07 rutte\n\t") == "quote rutte"
    assert len(clean_text("x" * 10_000)) == 1000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-10", dt.date(2026, 11, 10)),
        ("10 november", dt.date(2026, 11, 10)),
        ("nov 10", dt.date(2026, 11, 10)),
        ("November 10th, 2024", dt.date(2024, 11, 10)),
        ("9 october", dt.date(2026, 10, 9)),
        ("9th of Oct", dt.date(2026, 10, 9)),
        ("sept 4", dt.date(2026, 9, 4)),
        ("29 february", dt.date(2026, 2, 28)),
        ("30 february", None),
        ("25/11/2024", dt.date(2024, 11, 25)),  # day first, as written outside the US
        ("11/25/2024", dt.date(2024, 11, 25)),  # month first when the day cannot be a month
        ("9.10.2025", dt.date(2025, 10, 9)),
        ("2026-13-01", None),
        ("tomorrow", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, today=dt.date(2026, 1, 5)) == expected


@pytest.mark.parametrize(("text", "year"), [("events in 2024", 2024), ("2022 pledge conference", 2022), ("berlin", None), ("12024", None)])
def test_parse_year(text, year):
    assert parse_year(text) == year


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("a year ago today", dt.date(2025, 11, 9)),
        ("3 years ago", dt.date(2023, 11, 9)),
        ("exactly ten years ago", dt.date(2016, 11, 9)),
        ("two weeks ago", dt.date(2026, 10, 26)),
        ("5 days ago", dt.date(2026, 11, 4)),
        ("a year ago in berlin", None),  # not only a count back: another route's question
    ],
)
def test_a_count_back_from_today_is_that_day(typed, day):
    assert parse_ago(typed, today=dt.date(2026, 11, 9)) == day


@pytest.mark.parametrize(("text", "expected"), [
    ("11/9/2023", dt.date(2023, 11, 9)),  # parse_date reads 11 September
    ("on 3-4-2025", dt.date(2025, 3, 4)),
    ("25/11/2024", None),  # one reading only
    ("5/16/2024", None),
    ("7/7/2016", None),  # both readings alike
    ("2024-05-16", None),
])
def test_month_first_is_the_other_reading_of_a_numeric_day(text, expected):
    assert month_first(text) == expected
