"""People asked of as notable ("who of note spoke at rome", "who else of note gave an address there"): everyone the
knowledge records at a gathering is someone its articles named, so the qualifier narrows nothing; never a miss about
somebody called "of note"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "event", "named"), [
    ("who of note spoke at rome", "rome-pledge-conference-2022", "Cirielli"),
    ("who of importance attended the berlin conference?", "berlin-cyber-defence-conference-2023", "Baerbock"),
    ("which speakers of any significance were at the hague", "hague-pledge-conference-2024", "Odobescu"),
    ("who else of note spoke at tallinn?", "tallinn-pledge-conference-2021", "Kallas"),
])
def test_a_notable_speaker_asked_is_a_speaker(bot, typed, event, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == event and named in reply.title, reply.title
    assert "note" not in reply.title and "importance" not in reply.title


@pytest.mark.parametrize("typed", ["and who else of note addressed it?", "who of note spoke there?"])
def test_of_note_after_an_event_asks_of_that_event(bot, typed):
    user = f"of-note-follow-up {typed}"
    bot.handle(Request("when was the rome pledge conference?", user=user))
    reply = bot.handle(Request(typed, user=user))
    assert "Cirielli" in reply.title and "rome-pledge-conference-2022" in [i.id for i in reply.items], reply.title
