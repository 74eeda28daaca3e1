"""``pattern_starts``: the starts read from a pattern's source, and ``TrailingUnits.sub`` giving what its pattern's ``sub`` gives."""

from __future__ import annotations

import pytest

from bot.answering.chatter_patterns import TRAILING_CHATTER
from bot.pattern_starts import TrailingUnits, starts_of


@pytest.mark.parametrize("source, starts", [
    (r"(?:thanks|cheers)(?: a lot)?", {"thanks", "thanks a", "cheers", "cheers a"}),  # cut at eight letters
    (r"(?:the )?(?:month|year)s? only", {"the mont", "the year", "month on", "months o", "year onl", "years on"}),
    (r"(?=x)ab[cd]", {"abc", "abd"}),
    (r"(?:\S+ )?thanks", None),  # any word first
    (r"(?i:thanks)", None),  # case ignored: "THANKS" too
    (r"(?i)thanks", None),
    (r"(?:thanks)?", None),  # nothing at all
])
def test_starts_of(source, starts):
    assert starts_of(source) == (None if starts is None else frozenset(starts))


@pytest.mark.parametrize("text", [
    "when was the tirana conference thanks a lot", "when was it   cheers\n", "who said thank you", "thanks", " thanks", "",
    "list the summits in chronological order pls", "what is the pledge in plain words :)", "when was rome\tlol tbh", "thanks\n\n",
])
def test_trailing_units_sub_as_the_pattern(text):
    assert TRAILING_CHATTER.sub("", text) == TRAILING_CHATTER.pattern.sub("", text)


def test_trailing_units_with_a_start_of_any_letter_runs_everywhere():
    units = TrailingUnits(r"\S+ ok")
    assert units.sub("", "is it fine ok") == "is it"
