"""A speech's first line asked for by name ("what was the opening line of Stoltenberg's speech in Berlin?", "first
words of Rutte's Tirana video message"): the speaker's lines there, the first of them first, never a search for
"opening line"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("what was the opening line of stoltenberg's berlin speech?", "stoltenberg-berlin-2023-welcome"),
    ("the first words of Jens Stoltenberg's address in Berlin, exactly please", "stoltenberg-berlin-2023-welcome"),
    ("opening sentence of rutte's video message to tirana", "rutte-tirana-2025-working-against-us"),
    ("which was the first line of Stoltenberg's keynote at the Berlin conference", "stoltenberg-berlin-2023-welcome"),
])
def test_a_speechs_opening_line_is_its_first_line(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [first] and "Nothing" not in reply.title, reply.title
