"""talked_of: "what is this X someone talks about in Y" asks what X is; a vague X keeps where it was talked of."""

import pytest

from bot.answering.talked_of import without_talked_of


@pytest.mark.parametrize("text, expected", [
    ("what is this new concept from vilnius stoltenberg talks about in berlin", "what is the new concept from vilnius"),
    ("what was the integrated cyber centre rutte talked about", "what was the integrated cyber centre"),
    ("what is the saceur thing he talks about in berlin", "what is the saceur thing he talks about in berlin"),
    ("what was the attack he talked about in the op ed", "what was the attack he talked about in the op ed"),
    ("what did stoltenberg say in berlin", "what did stoltenberg say in berlin"),
    ("what was ollongren s speech at the hague called", "what was ollongren s speech at the hague called"),
])
def test_the_thing_asked_about(text, expected):
    assert without_talked_of(text) == expected
