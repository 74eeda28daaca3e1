"""What someone "said" that is no quote's words: a gathering's dates or place (their announcement), what they told the allies to do (the words of their call) (bot.answering.said_text)."""

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


@pytest.mark.parametrize(("asked", "read"), [
    ("what did stoltenberg tell the allies to do in rome", "what did stoltenberg call on the allies to do in rome exact words"),
    ("what did rutte tell countries to do in tirana", "what did rutte call on the allies to do in tirana exact words"),
    ("what did the sg tell nato members to do at the 2022 pledge conference", "what did the sg call on the allies to do at the 2022 pledge conference exact words"),
])
def test_told_to_do_somewhere_asks_the_words_of_the_call(asked, read):
    assert said_question(asked) == read
