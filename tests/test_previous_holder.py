"""The holder before today's, asked with no name: "who was the previous secretary general", "who was sg before", "the
former nato chief" (it was today's holder, Rutte). With a name, the routes as before."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("typed", [
    "who was the boss of nato before",
    "who was sg before",
    "who was the previous secretary general",
    "who was the former nato chief",
    "who was the secretary general before rutte",
])
def test_the_holder_before_todays(first_item, typed):
    assert first_item(typed) == "jens-stoltenberg"


def test_none_before_the_first_the_knowledge_records(bot):
    reply = bot.handle(Request("who was sg before stoltenberg", user="u"))
    assert is_miss(reply) and "no NATO Secretary General before Jens Stoltenberg" in reply.title
