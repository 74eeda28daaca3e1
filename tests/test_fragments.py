"""Questions typed as keywords, put back as whole questions (``bot.answering.fragments``); the answers are in the answer table."""

import pytest

from bot.answering.fragments import keyword_question
from bot.answering.parse import parse


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("stoltenberg quote berlin", "quote stoltenberg berlin"),
        ("the dutch defence minister quotes", "all dutch defence minister quotes"),
        ("rutte tirana quotes all of em", "all rutte tirana quotes"),
        ("secretary general in 2023", "who was secretary general in 2023"),  # a role and a year: who held it then
        ("the albanian prime minister 2025", "who was the albanian prime minister in 2025"),  # plural: every one, not one of them
        ("stoltenberg berlin statements", "all stoltenberg berlin quotes"),
        ("warsaw summit dates", "when was warsaw summit"),
        ("berlin conference date please i need it for a slide", "when was berlin conference"),
        ("rome pledge conference host country", "which country hosted rome pledge conference"),
        ("2023 conference organisers", "who hosted 2023 conference"),
        ("tirana 2025 speakers", "who spoke at tirana 2025"),
        ("the warsaw summit how long ago", "how long ago was warsaw summit"),
        ("london conference 2024 venue", "what was the venue of london conference 2024"),
        ("geoana role", "what is geoana role"),
        ("stoltenberg s term dates", "how long was stoltenberg in office"),
        ("odobescu s correct title please for the photo caption", "what is odobescu title"),
        ("berlin conference when was it", "when was berlin conference"),
        ("the rome conference who from nato spoke", "who from nato spoke at rome conference"),
        ("warsaw summit who attended", "who attended at warsaw summit"),
    ],
)
def test_a_fragment_is_put_back_as_the_question_it_asks(typed, asked):
    assert keyword_question(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "when was the berlin conference",  # a question already
        "who spoke at rome",
        "nov 10 2022 what is that date known for",  # a question word: more than a fragment
        "rutte speakers quote",  # two different things asked
        "where",  # nothing to ask about
        "stoltenberg china",  # nothing asked
        "quote rutte",  # a command
        "quotes by rutte",
        "since when are there pledge conferences",  # a question, from its first word
        "and the dates for it",  # no subject but the words around one
    ],
)
def test_what_is_not_a_fragment_is_left_alone(typed):
    assert keyword_question(typed) is None


@pytest.mark.parametrize(
    ("typed", "name", "args"),
    [
        ("events 2023 pls", "events", "2023"),
        ("quote ollongren, thanks!", "quote", "ollongren"),
        ("events in november please :)", "events", "in november"),
    ],
)
def test_thanks_after_a_command_are_not_its_argument(typed, name, args):
    command = parse(typed)
    assert (command.name, command.args) == (name, args)


def test_a_question_word_typed_last_makes_a_command_word_a_question():
    assert parse("pledge conference 2021 where", vocabulary={"pledge"}).name is None
    assert parse("pledge 2016").name == "pledge"


def test_a_command_that_changes_something_takes_its_words_as_typed():
    assert parse("reload please").args == "please"  # refused as an argument, never run on a polite word
