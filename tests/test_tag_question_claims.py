"""A claim closed by a tag question ("..., isn't she?", "wasn't he") or typed without its subject after an answer
("agreed at vilnius right?"): checked, yes or no first, never read as words to search for."""

import pytest

from bot.request import Request

#: (asked first, if anything; the claim; the entry the reply is about; what its title says)
CLAIMS = [
    ("", "odobescu is the dutch defence minister isnt she", "luminita-odobescu", "No: Luminița Odobescu is Foreign Minister of Romania"),
    ("", "ollongren is the romanian foreign minister, isn't she?", "kajsa-ollongren", "No: Kajsa Ollongren is Minister of Defence of the Netherlands"),
    ("", "rutte is the deputy secretary general isnt he", "mark-rutte", "No:"),
    ("", "geoana is nato secretary general wasnt he", "mircea-geoana", "Deputy Secretary General"),
    ("what is the nicc", "agreed at vilnius right?", "nicc-2024", "No: Establishment of the NATO Integrated Cyber Defence Centre was agreed"),
    ("what is the nicc", "set up in 2023 yeah", "nato-integrated-cyber-defence-centre", "No:"),
    ("what is the nicc", "agreed at washington correct", "nato-integrated-cyber-defence-centre", "Yes:"),
]


def _last_reply(bot, *asked):
    """The reply to the last of ``asked``, all asked in one conversation."""
    return [bot.handle(Request(text, user="|".join(asked))) for text in asked if text][-1]


@pytest.mark.parametrize(("earlier", "typed", "first", "says"), CLAIMS)
def test_a_claim_checked_whatever_its_tag(bot, earlier, typed, first, says):
    reply = _last_reply(bot, earlier, typed)
    assert (reply.items[0].id, says in reply.title) == (first, True), reply.title
