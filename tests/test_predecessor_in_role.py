"""Someone's predecessor or successor asked with the role named ("rutte's predecessor as sg"): the holder of that role
before or after them, never that role's holder today; a role the knowledge records nobody else in is an honest miss."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("typed", "first"), [
    ("who was rutte's predecessor as sg?", "jens-stoltenberg"),  # was "NATO Secretary General: Mark Rutte"
    ("who was rutte s predecessor as secretary general", "jens-stoltenberg"),
    ("who was stoltenberg's successor as nato secretary general?", "mark-rutte"),
    ("who was rutte's predecessor", "jens-stoltenberg"),
])
def test_the_holder_before_or_after_in_the_role_named(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first, reply.title


def test_a_role_with_no_other_holder_recorded_is_a_miss(bot):
    reply = bot.handle(Request("who was rutte's predecessor as prime minister", user="u"))
    assert is_miss(reply) and "Stoltenberg" not in reply.title, reply.title


@pytest.mark.parametrize(("first", "typed", "meant"), [
    ("who is rutte", "who was his predecessor as SG?", "jens-stoltenberg"),  # was Rutte himself, today's holder
    ("who is stoltenberg", "who was his successor as secretary general?", "mark-rutte"),
])
def test_asked_after_an_answer_about_them(bot, first, typed, meant):
    conversation = f"{first}|{typed}"
    bot.handle(Request(first, user=conversation))
    reply = bot.handle(Request(typed, user=conversation))
    assert reply.items[0].id == meant, reply.title
