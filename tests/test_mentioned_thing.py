"""What someone mentioned in a text, asked about alone: "when were the attacks that stoltenberg cites in the op-ed"."""

import pytest

from bot.answering.mentioned_thing import without_where_mentioned


@pytest.mark.parametrize(("typed", "asked"), [
    ("when were the attacks on german computers that stoltenberg cites in the op-ed?", "when were the attacks on german computers?"),
    ("When was the attack on the NATO website that Stoltenberg mentions in his op-ed", "When was the attack on the NATO website"),
    ("where was the summit he talked about in the article? and who hosted it", "where was the summit? and who hosted it"),
    ("who is this 'minister baerbock' that stoltenberg mentions?", "who is this 'minister baerbock'?"),
    ("who was the saceur that stoltenberg mentioned in his berlin speech", "who was the saceur"),
])
def test_the_speaker_and_the_text_are_dropped(typed, asked):
    assert without_where_mentioned(typed) == asked


@pytest.mark.parametrize("typed", [
    "when did stoltenberg mention china?", "what did stoltenberg say about the attacks he mentions in the op-ed",
    "when was the conference that rutte mentioned", "who said it?", "which companies did stoltenberg mention in berlin",
])
def test_other_questions_are_left_as_typed(typed):
    assert without_where_mentioned(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("when was the attack on the nato website that stoltenberg mentions in the op-ed?", "nato-websites-ddos-2014"),
    ("when were the attacks on the german government computers that stoltenberg cites in his op-ed? exact date", None),
    ("who's this baerbock that stoltenberg mentions?", "annalena-baerbock"),
    ("who is the minister baerbock that stoltenberg mentions in his berlin speech", "annalena-baerbock"),
])
def test_the_thing_mentioned_is_answered(first_item, asked, first):
    assert first_item(asked) == first
