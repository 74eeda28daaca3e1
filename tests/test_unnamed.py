"""Names the knowledge lacks, told from the ordinary words of a question (bot/answering/unnamed.py)."""

from __future__ import annotations

import pytest

from bot.answering.search import Doc, SearchIndex
from bot.answering.unnamed import lacking_words, mentioned_only, typed_names
from bot.reply import ItemRef


@pytest.fixture(scope="module")
def lookup():
    from bot.service import Bot

    return Bot.from_path(None).engine.lookup


@pytest.mark.parametrize(("asked", "typed", "lacking"), [
    ("cyber shield", "what is cyber shield", ["shield"]),
    ("the tallinn protocol", "what's the Tallinn Protocol", ["protocol"]),
    ("operation blue harbour", "tell me about Operation Blue Harbour", ["blue", "harbour"]),  # "Blue" typed as a name
    ("operation blue harbour", "tell me about operation blue harbour", ["harbour"]),  # "blue" alone is an ordinary word
    ("the cyber defence pledge short version", "what is the cyber defence pledge, short version", []),
    ("the pledge mechanism", "what's the pledge mechanism", []),
    ("the nicc", "wtf is the NICC", []),
    ("25 nov 2024", "anything on 25 nov 2024", []),
])
def test_lacking_words(lookup, asked, typed, lacking):
    assert lacking_words(lookup, asked, typed) == lacking


@pytest.mark.parametrize(("typed", "names"), [
    ("tell me about Operation Blue Harbour", {"operation", "blue", "harbour"}),
    ("What is the pledge?", set()),  # a capital that starts the sentence names nothing
    ("WHAT IS THE PLEDGE", set()),  # all capitals: nothing stands out
    ("What Is The Short Version Of The Pledge", set()),  # a headline: most words capitalised
])
def test_typed_names(typed, names):
    assert typed_names(typed) == names


def test_mentioned_only_in_texts(lookup):
    assert mentioned_only(lookup, "ccdcoe", "what is CCDCOE") == ["ccdcoe"]
    assert mentioned_only(lookup, "the nicc", "what is the NICC") == []  # in an entry's aliases


def test_lacking_words_count_in_the_coverage():
    index = SearchIndex([Doc(ItemRef("initiative", "teams"), "cyber rapid reaction teams"),
                         Doc(ItemRef("event", "coalition"), "cyber coalition exercise")])
    assert index.search("cyber shield", min_coverage=0.5)  # "shield" dropped: "cyber" covers it all
    assert not index.search("cyber shield", min_coverage=0.5, lacking=1)
    assert index.search("cyber rapid reaction teams", min_coverage=0.5, lacking=1)  # most of the weight is named
