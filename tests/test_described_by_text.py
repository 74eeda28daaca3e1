"""An event named by what its own entry says became of it ("the pledge conf that got covid-postponed", "the postponed
pledge conference", "the conference that was held virtually"); words no entry holds, a place, another question after
"which", or a word of a name are left to the routes."""

import pytest

from bot.answering.described_by_text import happened_to
from bot.answering.description_words import words_of


@pytest.mark.parametrize(("typed", "entry"), [
    ("the pledge conf that got covid-postponed, when did it finally happen?", "tallinn-pledge-conference-2021"),
    ("when did the postponed pledge conference finally happen", "tallinn-pledge-conference-2021"),
    ("the conference that was held virtually, who spoke?", "tallinn-pledge-conference-2021"),
    ("where was the pledge conference that got postponed", "tallinn-pledge-conference-2021"),
])
def test_an_event_described_by_what_became_of_it_is_that_event(first_item, typed, entry):
    assert first_item(typed) == entry


@pytest.mark.parametrize("typed", [
    "the conference that everyone talks about, when was it",  # the asker's own words: no entry holds them
    "the summit that was postponed",  # no summit was
    "what is the integrated cyber thing",  # a word of a name
    "Tallinn was the third annual pledge conference. Which were the first two and where?",  # another question
    "remind me about the NATO Cyber Defence Conference that took place in Vilnius in 2024",  # a place: the routes' to check
])
def test_what_no_entry_says_became_of_it_describes_nothing_here(bot, typed):
    assert happened_to(bot.engine.lookup, words_of(typed)) is None
