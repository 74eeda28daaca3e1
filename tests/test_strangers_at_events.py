"""Someone the knowledge never names, asked about at an event it records ("was Gawkowski in Tirana?", "von der Leyen at
the Tirana conference - what she said?"): nobody so called, and who was recorded there; never the event's card or its
quotes as if they were that person's. A place the knowledge holds no event of ("at the Munich Security Conference")
is never another city's event."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "name"), [
    ("was Błaszczak in the Hague in 2024?", "blaszczak"),
    ("was Scholz in Berlin for the cyber conference? did he speak?", "scholz"),
    ("Ursula von der Leyen at the Berlin conference - what she said?", "ursula von der leyen"),
    ("what did Frank Walter Steinmeier at the Berlin conference say?", "frank walter steinmeier"),
    ("was Tajani in Rome for the pledge conference?", "tajani"),
    ("Olaf Scholz at Berlin conference, what he said?", "olaf scholz"),
])
def test_a_stranger_at_an_event_is_nobody_so_called(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and f"nobody called “{name}”" in reply.title, reply.title
    assert not [i for i in reply.items if i.type == "quote"]


@pytest.mark.parametrize(("typed", "place"), [
    ("what did Rutte say at the Munich Security Conference?", "Munich"),
    ("Stoltenberg at the Madrid summit - what did he say?", "Madrid"),
    ("what did Stoltenberg say at the Bucharest summit?", "Bucharest"),
    ("Geoana speech at the Prague conference?", "Prague"),
])
def test_a_place_with_no_event_is_never_another_citys(bot, typed, place):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(("I have no", "There is no")) and place.lower() in reply.title.lower(), reply.title
