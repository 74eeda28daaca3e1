"""'It was the British turn to host the annual conference. Where did they hold it?': the gathering hosted is what "it"
stands for; "I believe X" reports X, whose subject it names."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("message, entry", [
    ("After Berlin, I believe it was the British turn to host the annual cyber defence conference. Where in London did they hold it and when?",
     "london-cyber-defence-conference-2024"),
    ("It was the British turn to host the annual cyber defence conference. Where in London did they hold it?", "london-cyber-defence-conference-2024"),
    ("I believe it was the Albanian turn to host the annual conference in 2025. Who spoke there?", "tirana-cyber-defence-conference-2025"),
    ("In 2022 it was Italy's turn to host the pledge conference. Where was it held?", "rome-pledge-conference-2022"),
])
def test_the_gathering_whose_turn_it_was(bot, message, entry):
    reply = bot.handle(Request(message, user=message))
    assert reply.items and reply.items[0].id == entry, reply.title
