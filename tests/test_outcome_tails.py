"""Table tests for ``outcome_tails``: a tail naming the kind of outcome asked for is dropped, other text kept."""

import pytest

from bot.answering.outcome_tails import without_outcome_tail


@pytest.mark.parametrize("text, kept", [
    ("What came out of The Hague Pledge Conference in 2024 in terms of commitments?", "What came out of The Hague Pledge Conference in 2024?"),
    ("What was decided at the Warsaw Summit by way of concrete pledges?", "What was decided at the Warsaw Summit?"),
    ("What was the outcome of Rome 2022 as far as commitments go?", "What was the outcome of Rome 2022?"),
    ("what did allies agree at vilnius with regard to decisions", "what did allies agree at vilnius"),
    ("What came out of Berlin, in terms of concrete results?", "What came out of Berlin?"),
    ("Who spoke at Berlin in terms of ministers?", "Who spoke at Berlin in terms of ministers?"),  # no outcome asked
    ("What was decided at Wales with regard to Article 5?", "What was decided at Wales with regard to Article 5?"),  # a topic, kept
])
def test_without_outcome_tail(text, kept):
    assert without_outcome_tail(text) == kept
