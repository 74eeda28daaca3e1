"""Whether NATO may strike first in cyberspace or only defends, asked in a learner's order or with "first" ("NATO can
attack first in cyberspace or only defend?"): NATO's defensive stance, never a quote close to "attack first"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "can nato attack first in cyberspace?",
    "nato may strike first in cyber?",
    "does nato only defend in cyberspace",
    "can the allies hit first with cyber",
])
def test_the_stance_answers(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == "defensive-principles-2016", reply.title
