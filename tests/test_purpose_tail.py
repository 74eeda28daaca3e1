"""A tail saying what the answer is for ("..., is for my article") asks nothing: the request before it is answered."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("asked", "first"), [
    ("I need the exact quote of Stoltenberg in Rome about cyber being a contested space, is for my article", "stoltenberg-rome-2022-contested-space"),
    ("give me Rutte's line that no one stands alone, it's for my piece", "rutte-tirana-2025-no-one-stands-alone"),
    ("I need the dates of the Hague pledge conference - it is for the newsletter", "hague-pledge-conference-2024"),
    ("when was the Berlin conference? is for my column", "berlin-cyber-defence-conference-2023"),
])
def test_a_purpose_tail_asks_nothing(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title
