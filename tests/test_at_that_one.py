"""After an answer about a gathering, "from that one", "at this one" is there, though the follow-up names a person of
its own ("can i quote odobescu from that one?"): that person's lines or part at that gathering, never a search for
quotes holding the word "one"."""

import pytest

from bot.request import Request

HAGUE = "what do you have on the hague"


@pytest.mark.parametrize(("typed", "entry"), [
    ("can i use odobescu from that one?", "odobescu-hague-2024-constant-evolution"),
    ("any ollongren quote from this one?", "ollongren-hague-2024-stand-together"),
    ("did ollongren say anything at that one", "ollongren-hague-2024-stand-together"),
])
def test_a_persons_lines_at_that_one_are_those_said_there(bot, typed, entry):
    bot.handle(Request(HAGUE, user=typed))
    reply = bot.handle(Request(typed, user=typed))
    assert entry in [i.id for i in reply.items] and "one" not in reply.title.split(), reply.title


def test_a_speaker_asked_of_that_one_is_checked_there(bot):
    bot.handle(Request(HAGUE, user="geoana"))
    reply = bot.handle(Request("was geoana at that one too?", user="geoana"))
    assert "Geoan" in reply.title and "2024" in reply.title, reply.title
