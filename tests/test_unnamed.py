"""Names the knowledge lacks, told from the ordinary words of a question (bot/answering/unnamed.py)."""

from __future__ import annotations

import pytest

from bot.request import Request

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
    ("is iron net a nato programme", {"iron", "net"}),  # in lower case, what is asked of being a thing of a kind
    ("is locked shields an official nato exercise?", {"locked", "shields"}),
    ("is it a nato programme", {"it"}),  # (a pronoun names no entry either way)
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


@pytest.mark.parametrize("typed", ["is iron net a nato programme", "is blue harbour a nato operation"])
def test_a_name_in_lower_case_asked_of_as_a_kind_of_thing_is_an_honest_miss(bot, typed):
    """Never the entry of that kind ("NATO Cyber Defence Conference, Kind: programme") for a name it lacks."""
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and typed.split()[1] in reply.title, reply.title
