"""A young asker's words about themselves after an unpunctuated question are dropped (bot.answering.homework_tails)."""

import pytest

from bot.answering.question_text import strip_chatter


@pytest.mark.parametrize(("typed", "read"), [
    ("where is tirana never heard of it", "where is tirana"),
    ("where is tirana lol never heard of it", "where is tirana"),
    ("what month was the hague conference my article does not say", "what month was the hague conference"),
    ("who hosted berlin my teacher didnt tell us", "who hosted berlin"),
    ("when was the wales summit im so confused", "when was the wales summit"),
    ("who is edi rama i have never heard of him", "who is edi rama"),
    ("where was the rome conference my book does not say where", "where was the rome conference"),
])
def test_asker_tail_is_dropped(typed, read):
    assert strip_chatter(typed) == read


@pytest.mark.parametrize("typed", [
    "my book says the pledge was made in 2016",  # a source that says something: a claim to check
    "who has never heard of the pledge",
])
def test_a_claim_or_a_question_stays(typed):
    assert strip_chatter(typed) == typed
