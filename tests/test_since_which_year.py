"""Since when something exists, asked after naming it and with "since which year" ("The Exercise Cyber Coalition,
since which Year it exists?"): when it started, as "since when it exists" is read, never a miss."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("Cyber Coalition, since which year it exists?", "cyber-coalition", "2008"),
    ("The Cyber Defence Pledge, since what year it exists?", "cyber-defence-pledge-2016", "2016"),
    ("the cyber coalition exercise since which year does it exist", "cyber-coalition", "2008"),
])
def test_since_which_year_it_exists(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [first] and said in reply.title, reply.title
