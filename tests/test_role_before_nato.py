"""A role claimed as held before the person's NATO post ("before NATO Rutte was prime minister of the Netherlands,
correct?"): checked against the roles begun before it, and a past role claimed with "was" is a past role ("Yes: … was"),
never "No" for a role the knowledge records nor a miss on the whole sentence."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "before NATO, Rutte was prime minister of the Netherlands?",
    "Rutte was prime minister of the Netherlands before joining NATO, right?",
    "prior to NATO Rutte was Dutch prime minister, correct?",
    "was Rutte prime minister of the Netherlands before he joined NATO?",
    "Rutte was prime minister of Netherlands, true?",
])
def test_a_role_before_nato_is_confirmed(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == "mark-rutte" and reply.title.startswith("Yes") and "Prime Minister of the Netherlands" in reply.title, reply.title


def test_a_nato_role_is_not_one_before_nato(bot):
    reply = bot.handle(Request("before NATO Stoltenberg was secretary general?", user="u"))
    assert not reply.title.startswith("Yes") and "no role" in reply.title, reply.title
