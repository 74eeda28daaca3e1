"""A phrase set off by commas after a question's subject is joined to it (bot.answering.appositives)."""

import pytest

from bot.answering.appositives import joined_appositive


@pytest.mark.parametrize(("typed", "joined"), [
    ("What did the Dutch MoD, Ms Ollongren, say at The Hague?", "What did the Dutch MoD Ms Ollongren say at The Hague?"),
    ("when did rutte, the new SG, speak in tirana", "when did rutte the new SG speak in tirana"),
    ("What did Rutte say, and where?", "What did Rutte say, and where?"),
    ("What did Rutte say, Tirana, 2025?", "What did Rutte say, Tirana, 2025?"),
    ("who spoke in rome, berlin, and tirana", "who spoke in rome, berlin, and tirana"),
    ("what did rutte, the sg, and geoana, the dsg, say", "what did rutte, the sg, and geoana, the dsg, say"),
])
def test_joined_appositive(typed, joined):
    assert joined_appositive(typed) == joined
