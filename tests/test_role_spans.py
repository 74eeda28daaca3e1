"""A person named with a role they no longer hold, asked for its span, gets their card (its dates), never an error."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("asked", [
    "who was stoltenberg secretary general from when to when?",
    "from when to when was stoltenberg secretary general?",
    "Stoltenberg a été Secrétaire général de quand à quand?",
])
def test_a_past_role_asked_by_its_span_gives_its_dates(bot, asked):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.kind != "error" and "2014" in str(reply) and "2024" in str(reply)
