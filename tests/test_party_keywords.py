"""Keyword asks for a gathering's people by their side: "<event> host minister", "nato speaker at <event>": the host's
minister or NATO's own speaker there, the person first; a gathering where the knowledge records nobody for NATO says so."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "person"), [
    ("tirana 25 host minister", "edi-rama"),
    ("host minister berlin conf?", "annalena-baerbock"),
    ("london 2024 - hosting minister", "pat-mcfadden"),
    ("nato rep at the rome pledge conf", "jens-stoltenberg"),
    ("tirana conf nato speaker?", "mark-rutte"),
    ("nato representative hague 2024", "mircea-geoana"),
])
def test_the_person_of_that_side(bot, typed, person):
    reply = bot.handle(Request(typed, user=typed))
    assert person in [i.id for i in reply.items[:2]] and reply.items[0].type in ("person", "event"), reply.title  # "NATO at X: <person>"


def test_no_nato_speaker_recorded(bot):
    reply = bot.handle(Request("nato speaker at wales summit", user="u"))
    assert reply.title == "The knowledge records nobody representing NATO at NATO Wales Summit 2014", reply.title


def test_host_ministers_are_no_list_of_every_minister(bot):
    reply = bot.handle(Request("hague host ministers?", user="u"))  # not "The knowledge records no hague host minister"
    assert "kajsa-ollongren" in [i.id for i in reply.items] and "records no" not in reply.title, reply.title
