"""Future-tense and how-often questions put in the present the routes read (bot.answering.tenses)."""

import pytest

from bot.answering.tenses import in_present


@pytest.mark.parametrize(("asked", "read"), [
    ("when will the next cyber defence conference be", "when is the next cyber defence conference"),
    ("where will the next pledge conference be held", "where is the next pledge conference"),
    ("how often is the cyber defence conference held", "what is the cyber defence conference"),
    ("how often are pledge conferences held", "what is the pledge conference"),
    ("will rutte speak at the next conference", "will rutte speak at the next conference"),  # not a when/where: as it was
    ("who hosted the 2024 pledge conference", "who hosted the 2024 pledge conference"),
])
def test_in_present(asked, read):
    assert in_present(asked) == read
