"""A claim typed first, then which source says it ("tirana was the first conference? which article says that"): a
wrong claim is corrected ("No: …"), never answered with the sources of the entry it names as if they said it."""

import pytest

from bot.request import Request

#: (the message; the entry the correction is about; what it says instead)
WRONG_THEN_SOURCED = [
    ("berlin was the second nato cyber defence conference. which source says so?", "london-cyber-defence-conference-2024", "London"),
    ("rutte spoke in person at the tirana conference - what report says that", "tirana-cyber-defence-conference-2025", "by video"),
    ("the pledge was signed in wales, which article says that?", "cyber-defence-pledge-2016", "Warsaw"),
]


@pytest.mark.parametrize(("typed", "first", "instead"), WRONG_THEN_SOURCED)
def test_a_wrong_claim_is_corrected_before_any_source(bot, typed, first, instead):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and reply.items[0].id == first and instead in reply.title, reply.title


def test_a_right_claim_gets_its_sources(bot):
    reply = bot.handle(Request("the nicc was agreed in washington? which article says that", user="u"))
    assert reply.kind == "list" and any(i.type == "source" for i in reply.items), reply.title
