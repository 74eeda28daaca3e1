"""An occasion's lines asked the long way round, and words asked from a gathering of a year none was held."""


import pytest

from bot.answering.occasion_asks import occasion_ask
from bot.request import Request


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("what quotes came out of the hague pledge conference", "quotes from the hague pledge conference"),
        ("which lines emerged from tirana", "quotes from tirana"),
        ("any quotes come out of the rome conference", "quotes from the rome conference"),
        ("how did stoltenberg open the berlin conference first words of his speech", "what did stoltenberg say at the berlin conference"),
        ("how did rutte start his tirana address opening lines please", "what did rutte say at his tirana address"),
        ("how did rutte open the berlin conference", "how did rutte open the berlin conference"),  # the premise is checked
        ("did stoltenberg ever write a piece himself on cyber", "did stoltenberg write an op ed"),
        ("has stoltenberg published an article on cyber", "did stoltenberg write an op ed"),
        ("how did it start", "how did it start"),
        ("what quotes do you have", "what quotes do you have"),
    ],
)
def test_an_occasion_s_lines_asked_the_long_way(typed, asked):
    assert occasion_ask(typed) == asked


@pytest.fixture(scope="module")
def bot(bot_9_november):
    return bot_9_november


@pytest.mark.parametrize(
    "asked",
    [
        "what did Rutte say at this year's NATO cyber defence conference?",
        "what did rutte say at the 2026 cyber defence conference",
        "what did stoltenberg say at the 2017 pledge conference?",
    ],
)
def test_words_from_a_year_with_no_such_gathering_are_a_miss(bot, asked):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.kind == "not_found" and not any(i.type == "quote" for i in reply.items)


def test_a_gathering_held_that_year_gives_its_words(bot):
    reply = bot.handle(Request("what did rutte say at the 2025 cyber defence conference"))
    assert reply.items[0].id.startswith("rutte-tirana-2025")


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("what were his actual English words on relying on Russia for energy?", "stoltenberg-berlin-2023-russia-energy"),
        ("His welcome to the Berlin conference in the original English, not the translated one?", "stoltenberg-berlin-2023-welcome"),
        ("the china exports line in the original english, not the translation", "stoltenberg-berlin-2023-china-exports"),
    ],
)
def test_original_english_asked_of_a_line_by_its_topic(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first


def test_quoted_words_asked_as_the_exact_wording_are_checked_not_translated(bot):
    reply = bot.handle(Request("checking: 'more money, more expertise and more cooperation' - is that the exact wording?"))
    assert reply.items[0].id == "stoltenberg-rome-2022-recommit" and "enhanced" in " ".join(b.text for b in reply.blocks)
