"""Days typed day first in a span ("09/11/2022 - 10/11/2022"), beside a question of something else about the gathering
(its theme, its venue): the gathering's own answer, never "no conference on 11 October 2022" read from the span's
middle, never the list of what happened that day."""

import pytest

from bot.request import Request

ROME = "rome-pledge-conference-2022"


@pytest.mark.parametrize("typed", [
    "what was the theme of the rome conference 09/11/2022 - 10/11/2022?",
    "theme of the pledge conference in rome on 09/11/2022?",
    "what was the topic of the conference in rome 9-10 november 2022",
    "which was the theme of the rome conference of 09/11/2022?",
])
def test_the_theme_of_a_gathering_named_with_its_days(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == ROME and "resilience" in reply.title.lower() and "October" not in reply.title, reply.title


def test_a_day_alone_is_still_that_day(bot):
    reply = bot.handle(Request("what was on 09/11/2022?", user="u"))
    assert reply.title.startswith("On 9 November 2022"), reply.title
