"""How two things differ, asked with "different", read as the comparison."""

import pytest

from bot.answering.different_asks import compared_text, different_ask


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("how are the hague and london conferences different", "compare the hague and london conferences"),
        ("two nato cyber events in 2024 the hague and london how are they different", "compare the hague 2024 and london 2024"),
        ("how is the rome pledge conference different from the tallinn one", "compare the rome pledge conference and the tallinn one"),
        ("what makes berlin different from tirana", "compare berlin and tirana"),
        ("is the pledge different now", "is the pledge different now"),  # not two things
        ("when was the berlin conference", "when was the berlin conference"),
    ],
)
def test_different_ask(text, asked):
    assert different_ask(text) == asked


def test_compared_text_reads_commas_as_and():
    assert compared_text("two nato cyber events in 2024, the hague and london - how are they different") == "compare the hague 2024 and london 2024"
    text = "when was the berlin conference?"
    assert compared_text(text) is text
