"""A follow-up naming only another year, place or person asks the last question again, of that one (bot.answering.ask_again)."""

import datetime as dt

import pytest

from bot.answering.ask_again import ask_again
from bot.answering.lookup import Lookup
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path
from bot.request import Request
from bot.service import Bot

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def lookup():
    return Lookup(load_knowledge(default_knowledge_path()))


@pytest.mark.parametrize(
    ("asked", "typed", "again"),
    [
        ("who hosted the 2022 pledge conference?", "and the 2024 one?", "who hosted the 2024 pledge conference?"),
        ("who hosted the 2022 pledge conference?", "what about the year after", "who hosted the 2023 pledge conference?"),
        ("when was the 2019 pledge conference", "and the year before?", "when was the 2018 pledge conference"),
        ("when was the 2022 pledge conference", "and the one before?", None),  # the edition before, whatever its year: follow_ups'
        ("At the time of the Warsaw summit, who was SG?", "and at Vilnius?", "At the time of the vilnius summit, who was SG?"),
        ("who spoke at The Hague conference?", "how about tirana", "who spoke at tirana conference?"),
        ("what did stoltenberg say in rome?", "what about rutte?", "what did mark rutte say in rome"),
        ("what did pistorius say in berlin?", "what about baerbock?", "what did annalena baerbock say in berlin"),  # nobody known before
        ("what did the german defence minister say in berlin?", "what about baerbock?", None),  # no name to swap
        ("what did stoltenberg say in rome?", "and who hosted it?", None),  # a question of its own
        ("when was the rome conference?", "and the 2024 one?", None),  # nothing of the kind to swap: follow_ups' to read
        ("", "and 2024?", None),  # no last question
        ("who hosted the 2022 pledge conference?", "and the 2024 one with all the speakers and their roles please", None),
    ],
)
def test_ask_again(lookup, asked, typed, again):
    assert ask_again(lookup, typed, asked, TODAY) == again


def test_a_conversation_asks_its_last_question_again():
    bot = Bot.from_path(None)
    first = bot.handle(Request("who hosted the 2022 pledge conference?", user="u1"))
    again = bot.handle(Request("and the 2024 one?", user="u1"))
    other = bot.handle(Request("and the 2024 one?", user="u2"))  # another conversation: nothing to ask again
    assert "Italy" in first.title
    assert again.items[0].id == "hague-pledge-conference-2024" and "Romania" in again.title
    assert "hosted" not in other.title


def test_a_miss_keeps_its_question_for_the_next_follow_up():
    bot = Bot.from_path(None)
    missed = bot.handle(Request("who hosted the oslo conference?", user="u1"))
    again = bot.handle(Request("and the rome one?", user="u1"))
    pointing = bot.handle(Request("who spoke there?", user="u1"))  # a miss names nothing for "there" to point at
    assert missed.kind == "not_found"
    assert again.items[0].id == "rome-pledge-conference-2022" and "Italy" in again.title
    assert again.kind == "answer" and pointing.items[0].id == "rome-pledge-conference-2022"  # the answer before it did


def test_the_next_edition_is_the_series_next_not_the_next_year():
    bot = Bot.from_path(None)
    bot.handle(Request("who hosted rome 2022", user="u1"))
    nxt = bot.handle(Request("and the next one?", user="u1"))  # 2023 held none: the next edition is The Hague 2024
    bot.handle(Request("when was the 2022 pledge conference", user="u2"))
    before = bot.handle(Request("and the one before?", user="u2"))
    assert nxt.items[0].id == "hague-pledge-conference-2024" and "Netherlands" in nxt.title
    assert before.items[0].id == "tallinn-pledge-conference-2021" and "2021" in before.title
