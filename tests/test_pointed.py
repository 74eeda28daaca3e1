"""What "that" in "surely A predates that?" stands for (bot.answering.pointed)."""

import pytest

from bot.answering.pointed import pointed_at


@pytest.mark.parametrize(("sentence", "named"), [
    ("the tirana conference was in october 2025", "the tirana conference"),
    ("a chap claims nato first ever cyber conference was berlin 2023", "berlin 2023"),
    ("the wales summit", "the wales summit"),
])
def test_pointed_at(sentence, named):
    assert pointed_at(sentence) == named
