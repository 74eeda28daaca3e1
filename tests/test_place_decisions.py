""""What was the Vilnius decision?": what was decided at that summit, not a pledge made in that city."""

import pytest

from bot.answering.decision_nouns import as_agreed


@pytest.mark.parametrize(("text", "read"), [
    ("what was the vilnius decision", "what was decided at vilnius"),
    ("what was the vilnius decision stoltenberg mentions in berlin", "what was decided at vilnius"),
    ("what was the vilnius decision stoltenberg", "what was decided at vilnius"),  # the clause steps left the name
    ("what were the wales summit decisions on cyber", "what was decided at wales on cyber"),
    ("what was the decision in vilnius", "what was the decision in vilnius"),  # no place before the noun
])
def test_a_decision_named_after_its_summit_is_what_was_decided_there(text, read):
    assert as_agreed(text) == read


@pytest.mark.parametrize(("asked", "first"), [
    ("the Vilnius decision Stoltenberg mentions in Berlin, what was it?", "vilnius-2023-cyber-defence-concept"),
    ("what was the Vilnius decision?", "vilnius-2023-cyber-defence-concept"),
    ("what was the Washington decision?", "nicc-2024"),
])
def test_the_decision_is_answered(first_item, asked, first):
    assert first_item(asked) == first
