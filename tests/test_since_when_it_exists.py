"""What a thing is, and "since when does it exist" asked of it in the same breath: when it started, never a miss on the
words "and since when does it exist"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("what is the nicc and since when does it exist", "nato-integrated-cyber-defence-centre", "2024"),
    ("what's cyber coalition and since when has it been around?", "cyber-coalition", "2008"),
    ("what is the cyber defence pledge and since when does it exist?", "cyber-defence-pledge-2016", "2016"),
    ("Wat is de NICC en sinds wanneer bestaat het?", "nato-integrated-cyber-defence-centre", "2024"),
])
def test_since_when_it_exists_asks_when_it_started(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and said in reply.title, reply.title
