"""A line named by a few of its words, claimed said at a gathering ("the kinetic attacks line was from the 2022 rome
conference yeah?", "stoltenberg's recommit line was at berlin right"): checked as the words are, the miss of the place claimed first, then where the words were said;
a claim that fits is confirmed."""

import pytest

from bot.request import Request


KINETIC, CONTESTED = "stoltenberg-berlin-2023-as-dangerous-as-kinetic", "stoltenberg-rome-2022-contested-space"
#: What is typed -> the line, the place claimed, the place it was said.
CLAIMED_ELSEWHERE = {
    "the as dangerous as kinetic attacks line was at rome, right?": (KINETIC, "Rome", "Berlin"),
    "the contested space quote was from the berlin conference yeah": (CONTESTED, "Berlin", "Rome"),
    "that facial recognition line was in tirana?": ("stoltenberg-berlin-2023-china-exports", "Tirana", "Berlin"),
    "the stepping up their investment line was said in london, correct?": ("rutte-tirana-2025-stepping-up-investment", "London", "Tirana"),
    "odobescu's constant evolution quote was from the london conference?": ("odobescu-hague-2024-constant-evolution", "London", "Hague"),
    "stoltenberg's recommit line was at berlin right": ("stoltenberg-rome-2022-recommit", "Berlin", "Rome"),
}


@pytest.mark.parametrize("typed", CLAIMED_ELSEWHERE)
def test_a_line_claimed_said_elsewhere(bot, typed):
    quote, claimed, there = CLAIMED_ELSEWHERE[typed]
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == quote, (reply.title, [i.id for i in reply.items])
    assert reply.title.startswith("No: ") and claimed in reply.title and there in reply.title, reply.title


def test_a_line_claimed_where_it_was_said(bot):
    reply = bot.handle(Request("the one for all and all for one line was from berlin yeah?", user="u"))
    assert reply.items[0].id == "stoltenberg-berlin-2023-one-for-all" and "Stoltenberg said" in reply.title, reply.title
