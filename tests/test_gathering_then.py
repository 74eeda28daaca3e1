"""Something done "at a summit", then "which summit was that?": at which summit it was done."""

import pytest

from bot.answering.gathering_then import at_which_gathering
from bot.request import Request


@pytest.mark.parametrize("typed, asked", [
    ("He also mentioned that the Allies agreed a new concept at a summit, and something else. Which summit was that, and what year?",
     "At which summit the Allies agreed a new concept, and what year?"),
    ("NATO set up a new centre at a summit, I gather. What summit was it?", "At which summit NATO set up a new centre?"),
    ("Stoltenberg said the pledge was made at a summit. Which summit was that?", "At which summit the pledge was made?"),
    ("Rutte spoke by video at a conference. Which conference was it?", "At which conference Rutte spoke by video?"),
    ("I gather the Allies made a pledge at a summit. Which summit was it, and when?", "At which summit the Allies made a pledge, and when?"),
    ("Which summit was the first?", "Which summit was the first?"),
    ("The Allies met at a summit. Which conference was that?", "The Allies met at a summit. Which conference was that?"),
])
def test_asked_as_at_which(typed, asked):
    assert at_which_gathering(typed) == asked


@pytest.mark.parametrize("message, entry", [
    ("He also mentioned that the Allies agreed a new concept for cyber defence at a summit. Which summit was that, and what year?",
     "vilnius-2023-cyber-defence-concept"),
    ("Stoltenberg said the Allies recognised cyberspace as a domain at a summit. Which summit was that?", "cyberspace-domain-of-operations-2016"),
    ("The Allies made a cyber pledge at a summit. Which summit was it and when?", "cyber-defence-pledge-2016"),
])
def test_the_decision_and_its_summit(bot, message, entry):
    reply = bot.handle(Request(message, user=message))
    assert reply.items and reply.items[0].id == entry, reply.title
