""""he mentions X, when was that" after an answer: "he" is only who mentions it, and "that" is X, named in the message
itself; the question is asked of X, never of the person talked about ("I have no entry for 'jens stoltenberg mentions …'")."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("after", "typed", "first"), [
    ("when was stoltenberg's op-ed", "he mentions nato's website getting knocked out, when was that", "nato-websites-ddos-2014"),
    ("when was stoltenberg's op-ed", "it mentions the wales summit - when was that?", "wales-summit-2014"),
    ("who spoke at the berlin conference", "he also brought up the vilnius summit, where was that", "vilnius-summit-2023"),
    ("who opened the berlin conference", "she referred to the warsaw summit; when was that", "warsaw-summit-2016"),
])
def test_what_the_pronoun_mentions_is_asked_of(bot, after, typed, first):
    assert _first_after(bot, after, typed) == first


def test_a_plain_follow_up_still_points_back(bot):
    assert _first_after(bot, "when was stoltenberg's op-ed", "where was it published") == "stoltenberg-oped-2016"


def _first_after(bot, after: str, typed: str) -> str | None:
    """The id the reply to ``typed`` leads with, asked right after ``after`` in a conversation of its own."""
    for text in (after, typed):
        reply = bot.handle(Request(text, user=f"{after}|{typed}"))
    return reply.items[0].id if reply.items else None
