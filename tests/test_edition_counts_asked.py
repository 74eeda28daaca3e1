"""An edition of an annual exercise asked about in keywords ("cyber coalition 2016 participants", "who took part in
cyber coalition 2016"), and how many took part in a gathering: the edition the text records, never a miss about "an
initiative in 2016" with another series' sentence, never a count of events."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", ["cyber coalition 2016 participants", "who took part in cyber coalition 2016",
                                   "cyber coalition 2016 estonia participants"])
def test_an_edition_only_the_text_records(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # the convention of "where was cyber coalition 2016"
    assert reply.title == "I have no Cyber Coalition in 2016." and "more than 700 participants" in str(reply.blocks), reply.title


@pytest.mark.parametrize(("typed", "said"), [
    ("how many took part in the hague 2024 conference", "More than 150 delegates"),
    ("how many took part in cyber coalition 2016", "more than 700 participants"),
])
def test_how_many_took_part_is_the_attendance(bot, typed, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and said in reply.title, reply.title


def test_attendance_never_recorded_is_said_so(bot):
    reply = bot.handle(Request("how many took part in the berlin conference", user="u"))  # not "1 conference matching 'part berlin'"
    assert reply.title == "The knowledge does not record the attendance at First annual NATO Cyber Defence Conference", reply.title
