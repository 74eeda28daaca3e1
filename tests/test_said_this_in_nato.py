"""Words typed bare, then who said them with "in nato" after the pointer ("one for all and all for one, who say this in
NATO?"): "in nato" names no place, so it is who said those words, never a search for words close to "this in nato"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("one for all and all for one, who said this in nato?", "stoltenberg-berlin-2023-one-for-all"),
    ("no one stands alone - who said that in the alliance", "rutte-tirana-2025-no-one-stands-alone"),
    ("cyber is a constantly contested space, who said it in nato and when", "stoltenberg-rome-2022-contested-space"),
    ("we must not repeat this mistake, who say this at nato?", "stoltenberg-berlin-2023-not-repeat-mistake"),
])
def test_who_said_the_words_before(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and "said it" in reply.title and "this in" not in reply.title, reply.title
