"""Which part of a group of quotes a question asks for, by trust label or the speaker's own English."""

import pytest

from bot.answering.trust_filter import asked_label


@pytest.mark.parametrize(("text", "label"), [
    ("which quotes are unverified", "unverified"),
    ("show me the verbatim quotes from the hague", "verified"),
    ("which berlin quotes were re translated", "translated"),
    ("list the berlin quotes whose original english we know", "original"),
    ("which quote is unverified", "unverified"),
    ("are there any verified quotes from berlin", "verified"),
])
def test_a_part_of_the_group_is_asked_for(text, label):
    assert asked_label(text) == label


@pytest.mark.parametrize("text", [
    "are the hague quotes verified",  # the whole group's trust
    "what is the original wording of the russian gas line",  # one quote's own English
    "what language was the berlin article originally written in before it was machine translated",
    "which quotes are verified or unverified",  # two labels: the group, counted
    "which quotes did stoltenberg give in rome",  # no label
])
def test_the_whole_group_or_one_quote_is_not_a_filter(text):
    assert asked_label(text) is None
