"""A request for the words themselves typed after the place of "what did X say in <place>" ("... in the hague? quote please",
"..., the quote pls", Dutch "graag het citaat") is how the words are wanted, not what they are about: the speaker's quotes
there, never "no quote ... about 'hague quote'"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("what did odobescu say in the hague? quote please", "odobescu-hague-2024-constant-evolution"),
    ("what did odobescu say in the hague, the quote please", "odobescu-hague-2024-constant-evolution"),
    ("what did ollongren say in the hague? quote pls", "ollongren-hague-2024-stand-together"),
    ("Wat zei Luminita Odobescu in Den Haag? graag het citaat", "odobescu-hague-2024-constant-evolution"),
])
def test_a_quote_request_after_the_place_is_no_topic(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and "about" not in reply.title, reply.title
