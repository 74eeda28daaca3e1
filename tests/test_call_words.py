"""Whether someone asked for something, then how they put it: their words about it, not the record of the call."""

import pytest

from bot.answering.call_words import words_of_call


@pytest.mark.parametrize(("typed", "asked"), [
    ("did stoltenberg ask for more money in rome? what did he say exactly", "what did stoltenberg say about more money in rome, exact words"),
    ("Rutte called for investment? His exact words?", "what did Rutte say about investment, exact words"),
    ("did the sg push for more spending at tirana? how did he put it?", "what did sg say about more spending at tirana, exact words"),
])
def test_the_words_of_a_call_are_asked(typed, asked):
    assert words_of_call(typed) == asked


@pytest.mark.parametrize("typed", [
    "did stoltenberg ask for more money in rome?", "what did stoltenberg call for in rome?",
    "did stoltenberg call for more money? and when was that", "who asked for more money?",
])
def test_other_questions_are_left_as_typed(typed):
    assert words_of_call(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("did stoltenberg ask for more money in rome? what did he say exactly", "stoltenberg-rome-2022-recommit"),
    ("stoltenberg asked for more money at the rome conference? exact words?", "stoltenberg-rome-2022-recommit"),
    ("did rutte call for more investment in tirana? what were his words?", "rutte-tirana-2025-stepping-up-investment"),
    ("o stoltenberg pediu mais dinheiro em roma? oq ele falou exatamente", "stoltenberg-rome-2022-recommit"),
])
def test_the_line_leads(first_item, asked, first):
    assert first_item(asked) == first
