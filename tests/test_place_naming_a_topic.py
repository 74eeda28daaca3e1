"""A place that names the thing a speaker talked about ("what did stoltenberg say about the vilnius concept in berlin"):
the thing is the topic, not where the words were said; the place the question puts the speaker in stays a constraint."""

import pytest

from bot.request import Request

CONCEPT_LINE = "stoltenberg-berlin-2023-vilnius-concept"


@pytest.mark.parametrize("typed", [
    "what did stoltenberg say in berlin about the vilnius concept",
    "stoltenberg's words about the vilnius concept at the berlin conference",
    "what did the secretary general say regarding the vilnius concept",
])
def test_the_place_of_a_thing_talked_about_is_no_place_of_speech(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == CONCEPT_LINE, reply.title


def test_a_place_the_speaker_is_put_in_still_constrains(bot):
    reply = bot.handle(Request("what did stoltenberg say about the vilnius concept in tirana", user="u"))
    assert CONCEPT_LINE not in [i.id for i in reply.items][:1] and "Tirana" in reply.title, reply.title
