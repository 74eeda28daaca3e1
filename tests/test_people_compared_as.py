"""Two people compared in a search engine's keywords, with what they are compared as after the last name ("stoltenberg
vs rutte secretary general", "rutte vs stoltenberg nato"): the two side by side, never a miss about "rutte secretary
general"; a role the last one never held is no such context."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "second"), [
    ("rutte vs stoltenberg secretary general", "mark-rutte", "jens-stoltenberg"),
    ("jens stoltenberg versus mark rutte nato", "jens-stoltenberg", "mark-rutte"),
    ("stoltenberg vs rutte nato sg", "jens-stoltenberg", "mark-rutte"),
    ("ollongren vs odobescu minister", "kajsa-ollongren", "luminita-odobescu"),
])
def test_two_people_side_by_side(bot, typed, first, second):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("Side by side") and [i.id for i in reply.items[:2]] == [first, second], reply.title


def test_a_role_the_last_never_held_is_no_context(bot):
    reply = bot.handle(Request("stoltenberg vs rutte prime minister of norway", user="pm"))
    assert not reply.title.startswith("Side by side"), reply.title
