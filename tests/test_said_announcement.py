"""A gathering's dates or place someone "said" is their announcement, not words of a quote (bot.answering.said_text)."""

import pytest

from bot.answering.said_text import said_question


@pytest.mark.parametrize(("asked", "read"), [
    ("when did stoltenberg say the vilnius summit dates", "when did stoltenberg announce the vilnius summit dates"),
    ("when did stoltenberg say the dates of the vilnius summit", "when did stoltenberg announce the dates of the vilnius summit"),
    ("when did the sg say the next summit dates", "when did the sg announce the next summit dates"),
    ("when did stoltenberg say the date for the next summit", "when did stoltenberg announce the date for the next summit"),
    ("when did stoltenberg say the vilnius summit location", "when did stoltenberg announce the vilnius summit location"),
])
def test_a_gatherings_dates_said_are_announced(asked, read):
    assert said_question(asked) == read


def test_words_said_stay_a_quote():
    assert said_question("when did stoltenberg say that cyber is a contested space") == "who said cyber is a contested space"
