"""Who came after someone in a role, asked with "current", "new" or "present" before the role: the next holder, or an
honest miss where the knowledge records none."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "first"), [
    ("Who is the new Secretary General after Stoltenberg?", "mark-rutte"),
    ("who is the present SG after Stoltenberg", "mark-rutte"),
    ("who is the current nato secretary general after jens stoltenberg", "mark-rutte"),
])
def test_the_next_holder_answers(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first, reply.title


@pytest.mark.parametrize("question", [
    "Who is current Dutch Minister of Defence after Ms Ollongren?",
    "who is the new romanian foreign minister after odobescu",
])
def test_no_next_holder_recorded_is_an_honest_miss(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) and "does not record" in reply.title, reply.title


@pytest.mark.parametrize("question", [
    "Could you tell names of ten young content creators who met Stoltenberg?",
    "what are the names of the 10 content creators who met Stoltenberg",
])
def test_names_never_recorded_are_an_honest_miss_however_many_are_counted(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) and "names" in reply.title, reply.title
