"""Half-remembered lines: which forms of a word count as the same word, and a memory that spans two sentences."""

import pytest

from bot.answering.quote_match import _same_word, remembered
from bot.service import Bot


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("rely", "relying", True),
        ("rely", "relied", True),
        ("pact", "pacts", True),
        ("reliance", "relying", True),
        ("china", "chinese", True),
        ("cons", "constant", False),  # a first syllable only
        ("spy", "spying", False),  # too short to tell
        ("constant", "consequences", False),
    ],
)
def test_forms_of_a_word(one, other, same):
    assert _same_word(one, other) is same


@pytest.fixture(scope="module")
def lookup():
    return Bot.from_path(None).engine.lookup


def test_a_memory_spanning_two_sentences_of_one_speech_finds_both(lookup):
    found = remembered(lookup, "spy societies together harm")  # two words of each of two sentences of Rutte's address
    assert [q.id for q in found] == ["rutte-tirana-2025-working-against-us", "rutte-tirana-2025-stand-together"]


def test_forms_of_a_word_make_a_memory_whole(lookup):
    found = remembered(lookup, "dont rely on china for technology like we did on russia gas")
    assert [q.id for q in found][:1] == ["stoltenberg-berlin-2023-not-repeat-mistake"]


def test_forms_and_modal_words_do_not_count_twice(lookup):
    assert remembered(lookup, "we relied on moscow for oil and must not rely on beijing for chips") == []
