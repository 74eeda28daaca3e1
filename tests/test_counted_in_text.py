"""A count an entry's text gives ("more than 700 participants") answers "how many took part"; none given stays a miss."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", ["how many took part in cyber coalition 2016", "how many people participated in cyber coalition 2016"])
def test_the_sentence_giving_the_count_answers(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and "700 participants" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["how many took part in cyber coalition 2019", "how many people attended the tirana conference"])
def test_no_count_in_the_text_is_an_honest_miss(bot, typed):
    assert bot.handle(Request(typed, user=typed)).kind == "not_found"
