"""Table tests for ``recalled_line``: what someone said on a topic, then a line half remembered, asks that line."""

import pytest

from bot.answering.recalled_line import with_recalled_line
from bot.request import Request


@pytest.mark.parametrize("typed, asked", [
    ("What did he say in Berlin about the ethics of private companies? I recall a line about nothing being 'immoral'.",
     "What did he say in Berlin about nothing being 'immoral'?"),
    ("What did Rutte say in Tirana on investment? I remember a quote with 'stepping up'.", "What did Rutte say in Tirana about 'stepping up'?"),
    ("what did stoltenberg say about china? i think there was a line about 'not our enemy'", "what did stoltenberg say about 'not our enemy'?"),
    ("What did Rutte say in Tirana about investment?", "What did Rutte say in Tirana about investment?"),  # nothing recalled
    ("What did Rutte say in Tirana? I recall it was by video.", "What did Rutte say in Tirana? I recall it was by video."),  # no line recalled
])
def test_with_recalled_line(typed, asked):
    assert with_recalled_line(typed) == asked


@pytest.mark.parametrize("question, first", [
    ("What did Stoltenberg say in Berlin about private companies? I recall a line about nothing being 'immoral'.", "stoltenberg-berlin-2023-nothing-immoral"),
    ("What did Rutte say in Tirana on investment? I remember a quote with 'stepping up'.", "rutte-tirana-2025-stepping-up-investment"),
    ("What did Stoltenberg say in Rome about cyber? I think there was a line about a 'constantly contested space'.", "stoltenberg-rome-2022-contested-space"),
])
def test_the_recalled_line_is_the_quote_answered(bot, question, first):
    assert bot.handle(Request(question, user=question)).items[0].id == first
