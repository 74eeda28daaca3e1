"""A thing someone mentioned, then "what is it?" in the present tense: the thing itself ("Rutte mentioned the NICC. what is
it?" is the centre), never a quote of the speaker nor a miss on the whole sentence. "what was it?" still asks the words."""

import pytest

from bot.request import Request

NICC = "nato-integrated-cyber-defence-centre"


@pytest.mark.parametrize(("typed", "thing"), [
    ("Rutte mentioned the NATO Integrated Cyber Defence Centre, what is it?", NICC),
    ("Rutte mentions the integrated cyber defence centre. what is that?", NICC),
    ("Rutte talked about the NICC in Tirana, what is it exactly?", NICC),
    ("Stoltenberg mentioned the Cyber Defence Pledge. what is that?", "cyber-defence-pledge-2016"),
    ("Stoltenberg referred to the malware platform in Rome, what is it?", "malware-information-sharing-platform"),
])
def test_the_thing_mentioned_is_what_is_asked(bot, typed, thing):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == thing, (reply.title, [i.id for i in reply.items])


def test_what_was_it_still_asks_the_words(bot):
    reply = bot.handle(Request("Stoltenberg mentioned in Berlin the SACEUR, what was it?", user="u"))
    assert reply.items[0].id == "stoltenberg-berlin-2023-saceur-authority", reply.title
