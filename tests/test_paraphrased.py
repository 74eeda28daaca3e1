"""Lines pasted in other words: synonyms swapped, a word wrong, the line's own order kept; made-up lines find nothing."""

import pytest

from bot.answering.paraphrased import held_in_order, holds_paraphrase, line_words, paraphrased
from bot.service import Bot


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("More cash, better know-how", ["more", "money", "enhanc", "expert"]),
        ("the digital era", ["the", "digita", "age"]),
        ("cyber defense", ["cyber", "defenc"]),
        ("cyber together minister", ["cyber", "togeth", "minist"]),  # not "cybre", "togethre"
    ],
)
def test_line_words_stand_in_for_synonyms(typed, words):
    assert list(line_words(typed)) == words


def test_words_held_in_order():
    typed, said = "a b c d".split(), "a x c b d".split()
    assert len(held_in_order(typed, said)) == 3


def test_the_setting_alone_is_not_a_line():
    typed = line_words("host and dates of the nato cyber defence conference")
    said = line_words("welcome to the nato cyber defence conference and thank you minister")
    assert holds_paraphrase(typed, said) == 0


@pytest.fixture(scope="module")
def lookup():
    return Bot.from_path(None).engine.lookup


@pytest.mark.parametrize(
    ("words", "first"),
    [
        ("allies need more cash, more know-how and better cooperation", "stoltenberg-rome-2022-recommit"),
        ("cyber attacks can be as harmful as nuclear attacks", "stoltenberg-berlin-2023-one-for-all"),
        ("no one is alone in nato, we stand together in the digital era", "rutte-tirana-2025-no-one-stands-alone"),
        ("cyber is the new frontline", None),
        ("host and dates of the 2026 nato cyber defence conference", None),
    ],
)
def test_paraphrased(lookup, words, first):
    found = paraphrased(lookup, words)
    assert (found[0].id if found else None) == first
