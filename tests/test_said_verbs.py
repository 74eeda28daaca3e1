"""Quoted words someone is asked to have warned of or talked about are checked as words said (bot.answering.said_verbs)."""


import pytest

from bot.answering.said_verbs import as_said
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("did stoltenberg warn of a 'cyber pearl harbor' in rome?", "did stoltenberg say 'cyber pearl harbor' in rome?"),
    ("Did Rutte talk about \"a digital iron curtain\"", "did Rutte say \"a digital iron curtain\""),
    ("has ollongren ever mentioned 'standing together'", "did ollongren say 'standing together'"),
    ("did stoltenberg warn of cyber attacks", "did stoltenberg warn of cyber attacks"),  # a topic, not words
])
def test_quoted_words_asked_as_said(typed, read):
    assert as_said(typed) == read


@pytest.mark.parametrize("question", [
    "Did Stoltenberg warn of a 'cyber Pearl Harbor' in his Rome speech? My neighbour swears he heard it",
    "did rutte talk about a 'digital iron curtain' in tirana?",
    "Did Stoltenberg warn about a 'cyber 9/11'?",
])
def test_words_never_said_are_a_miss(bot, question):
    assert bot.handle(Request(question, user=question)).title.startswith("I have no quote")


@pytest.mark.parametrize(("question", "first"), [
    ("did stoltenberg mention 'contested space' in rome?", "stoltenberg-rome-2022-contested-space"),
    ("did rutte ever talk about 'no one stands alone'?", "rutte-tirana-2025-no-one-stands-alone"),
])
def test_words_said_are_found(bot, question, first):
    assert bot.handle(Request(question, user=question)).items[0].id == first
