"""Someone's words remembered ("he said something like ...", "... that is ...", "... along the lines of ..."), then only
the whole line asked for ("full sentence?", "the whole quote?"): the line holding those words, never "no quote by
“something”" (said_something.remembered_then_whole)."""

import pytest

from bot.answering.said_something import remembered_then_whole


@pytest.mark.parametrize(("typed", "read"), [
    ("he said something like nothing immoral in defending freedom... the full sentence?", "what did he say about nothing immoral in defending freedom"),
    ("Rutte said something that was no one stands alone - whole quote please", "what did Rutte say about no one stands alone"),
    ("Odobescu said something along the lines of cybersecurity needs constant evolution, exact words?", "what did Odobescu say about cybersecurity needs constant evolution"),
])
def test_words_remembered_then_the_whole_line_is_what_they_said_of_them(typed, read):
    assert remembered_then_whole(typed) == read


@pytest.mark.parametrize("typed", ["he said something, full sentence?", "Rutte said something like that in Tirana, what was it?"])
def test_no_words_remembered_is_left_as_typed(typed):
    assert remembered_then_whole(typed) == typed


@pytest.mark.parametrize(("typed", "first"), [
    ("he said something like nothing immoral in defending freedom... the full sentence?", "stoltenberg-berlin-2023-nothing-immoral"),
    ("Rutte said something that was no one stands alone - whole quote please", "rutte-tirana-2025-no-one-stands-alone"),
    ("Odobescu said something along the lines of cybersecurity needs constant evolution, exact words?", "odobescu-hague-2024-constant-evolution"),
])
def test_the_line_holding_them_is_the_answer(first_item, typed, first):
    assert first_item(typed) == first
