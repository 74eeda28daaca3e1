"""The words a speech began with, asked as "with what words did X begin his speech in Y" or "what did X open his speech
with": the speaker's opening line there, never a miss on "with did"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "with what words did Stoltenberg open his speech in Berlin?",
    "what did Stoltenberg start his Berlin speech with?",
    "which line did Stoltenberg begin his speech in Berlin with",
    "with which words did stoltenberg begin his remarks in berlin",
])
def test_the_opening_line_of_the_berlin_speech(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "stoltenberg-berlin-2023-welcome" in [i.id for i in reply.items], (reply.title, [i.id for i in reply.items])


def test_the_opening_line_of_a_message_sent_to_a_place(bot):
    reply = bot.handle(Request("with what words did Rutte begin his video message to Tirana?", user="u"))
    assert reply.items[0].id.startswith("rutte-tirana-2025"), reply.title
