"""A speaker's line asked for by what it compares ("give me stoltenbergs line comparing cyber attacks to kinetic
attacks"): the speaker's words about both things, never two entries compared side by side, nor a miss on "kinetic"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "give me jens stoltenberg's quote comparing cyber attacks to kinetic attacks",
    "stoltenbergs remark likening cyber attacks with kinetic attacks pls",
    "I need the Stoltenberg line that compares cyber attacks and kinetic attacks",
    "show me the stoltenberg quote equating cyber attacks with kinetic attacks",
])
def test_a_line_comparing_two_things_is_the_speakers_words_on_both(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == ["stoltenberg-berlin-2023-as-dangerous-as-kinetic"], reply.title


def test_a_line_comparing_that_no_speaker_said_is_an_honest_miss(bot):
    reply = bot.handle(Request("the rutte line likening cyber attacks to armed attacks", user="u"))
    assert reply.title.startswith("No quote by Mark Rutte"), reply.title
