"""A letter-writer who names himself in the third person ("could you remind an old soldier when ...", "tell this
retired colonel who ..."): the courteous wrapping dropped as "remind me" is, never a miss about an entry called
"remind an old soldier"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("Would you kindly remind a forgetful old gunner where the Tallinn pledge conference was held?", "tallinn-pledge-conference-2021", "Tallinn"),
    ("Could you tell this retired colonel who hosted the Rome conference?", "rome-pledge-conference-2022", "Italy"),
    ("Can you remind an elderly reader when the Warsaw summit sat?", "warsaw-summit-2016", "July 2016"),
    ("Could you remind an old man when the Hague pledge conference was?", "hague-pledge-conference-2024", "May 2024"),
    ("Dear sir, could you tell an old sailor who said 'no one stands alone'?", "rutte-tirana-2025-no-one-stands-alone", "Rutte"),
])
def test_the_asker_named_as_an_old_soldier_is_the_asker(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first and says in reply.title, reply.title
