""""full" or "in full" in a keyword ask for a line say how to give it, not what it is about."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "speaker", "event"), [
    ("stoltenberg berlin speech full quote", "jens-stoltenberg", "berlin-cyber-defence-conference-2023"),
    ("the full rutte quote from tirana", "mark-rutte", "tirana-cyber-defence-conference-2025"),
    ("ollongren hague quote in full", "kajsa-ollongren", "hague-pledge-conference-2024"),
])
def test_the_whole_of_a_line_asked_for_by_keywords(bot, typed, speaker, event):
    reply = bot.handle(Request(typed, user=typed))  # not "no quote by X about 'full'"
    ids = [i.id for i in reply.items]
    assert reply.kind == "answer" and ids[0].startswith(speaker.split("-")[1]) and event in ids, reply.title  # a quote id opens with its speaker's surname
