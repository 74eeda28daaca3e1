"""A claim about which came first, asked opening with a negative ("wasn't the first pledge conference in london?",
"isn't berlin the first annual conference?"): checked as the claim it doubts, never a verdict on some other entry."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "verdict"), [
    ("wasn't the first pledge conference in london?", "paris-pledge-conference-2018", "No"),
    ("wasn't the very first pledge conference held in paris?", "paris-pledge-conference-2018", "Yes"),
    ("wasn't the first annual cyber defence conference in rome?", "berlin-cyber-defence-conference-2023", "No"),
    ("isn't berlin the first annual conference?", "berlin-cyber-defence-conference-2023", "Yes"),
    ("isn't tirana the third annual conference?", "tirana-cyber-defence-conference-2025", "Yes"),
    ("wasn't the earliest cyber coalition in 2010?", "cyber-coalition-2008", "No"),
])
def test_a_negated_first_is_checked_as_claimed(bot, typed, first, verdict):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and reply.title.startswith(verdict), reply.title
