""""who brought that up in berlin" right after a decision: the one of the decision's own quotes said there, with its
speaker; a place where none of them was said gets the honest miss, never a line said elsewhere."""

import pytest

from bot.request import Request

#: (what was asked before, the follow-up) -> the quote the reply must lead with.
RAISED = {
    ("what was agreed on cyber at the vilnius summit", "who brought that up in berlin"): "stoltenberg-berlin-2023-vilnius-concept",
    ("what was agreed on cyber at the vilnius summit", "ok who mentioned it in germany?"): "stoltenberg-berlin-2023-vilnius-concept",
    ("when was the cyber defence pledge agreed", "who talked about it in rome?"): "stoltenberg-rome-2022-recommit",
    ("when was cyberspace recognised as a domain", "and who raised that at the berlin conference"): "stoltenberg-berlin-2023-cyber-domain",
}


def _reply(bot, chain: tuple[str, str]):
    for text in chain:
        reply = bot.handle(Request(text, user=" | ".join(chain)))
    return reply


@pytest.mark.parametrize("chain", RAISED)
def test_the_decisions_line_said_there(bot, chain):
    reply = _reply(bot, chain)
    assert reply.items and reply.items[0].id == RAISED[chain], reply.title


def test_a_place_where_none_was_said_is_the_honest_miss(bot):
    reply = _reply(bot, ("when was the cyber defence pledge agreed", "who brought it up in tirana"))
    assert reply.kind == "not_found" and not any(i.type == "quote" for i in reply.items), reply.title
