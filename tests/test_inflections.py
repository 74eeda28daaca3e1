"""A misspelt word with an ending: the stem mended, the ending put back as English spells it (bot.answering.inflections)."""

import pytest

from bot.answering.inflections import base_of, with_ending

KNOWN = frozenset("recommit pledge attend host conference speech quote summit".split())


def _correct(word: str) -> str | None:
    return {"recomit": "recommit", "recomitt": "recommit"}.get(word)


@pytest.mark.parametrize(
    ("typed", "base", "written"),
    [
        ("recomitting", "recommit", "recommitting"),  # a typo in the stem, its last letter doubled before -ing
        ("pledgeing", "pledge", "pledging"),  # the stem's "e" kept before -ing
        ("attendeed", "attend", "attended"),  # an "e" too many before -ed
        ("hosteed", "host", "hosted"),
        ("conferences", "conference", "conferences"),  # spelt right: the same word back
        ("speeches", "speech", "speeches"),
    ],
)
def test_the_stem_is_found_and_the_ending_put_back(typed, base, written):
    assert base_of(typed, KNOWN.__contains__, _correct) == base
    assert with_ending(base, typed) == written


@pytest.mark.parametrize("typed", ["delegates", "sings", "investing", "attendees"])
def test_a_word_whose_stem_is_not_known_has_no_base(typed):
    assert base_of(typed, KNOWN.__contains__, _correct) is None
