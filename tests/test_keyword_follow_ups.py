"""A follow-up typed as a search engine's single keyword, naming no subject: "predecessor?" after a person is who held
their role before, "where based" or "hq?" after an initiative is where it is based — never a search for an entry
called "predecessor" or a miss about "that question"."""

import pytest

from bot.request import Request


def _after(bot, first, then):
    user = f"{first}/{then}"
    bot.handle(Request(first, user=user))
    return bot.handle(Request(then, user=user))


@pytest.mark.parametrize(("first", "then", "who"), [
    ("who is mark rutte", "his predecessor?", "Jens Stoltenberg"),
    ("jens stoltenberg", "successor", "Mark Rutte"),
    ("stoltenberg wiki", "and his successor", "Mark Rutte"),
])
def test_who_held_the_role_before_or_after(bot, first, then, who):
    reply = _after(bot, first, then)
    assert reply.kind != "not_found" and who in reply.title, reply.title


@pytest.mark.parametrize("then", ["based where", "where located", "hq?", "headquartered where"])
def test_where_an_initiative_is_based(bot, then):
    reply = _after(bot, "what is the nicc", then)
    assert reply.items[0].id == "nato-integrated-cyber-defence-centre", (reply.title, reply.items)
    assert "Mons" in reply.title or any("Mons" in b.text for b in reply.blocks), reply.title
