"""A minister's portfolio claimed that no role in the knowledge has ("baerbock - german interior minister?", "parly,
french interior minister?") is the other ministry's: "No", with the role held, never "Yes" because the country and
"minister" fit."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "person", "held"), [
    ("baerbock, germany's interior minister?", "annalena-baerbock", "Foreign Minister"),
    ("was florence parly france's justice minister", "florence-parly", "Armed Forces"),
    ("kajsa ollongren - dutch finance minister?", "kajsa-ollongren", "Defence"),
    ("odobescu was romania's digital minister right?", "luminita-odobescu", "Foreign Minister"),
    ("edi rama is albania's economy minister, yes?", "edi-rama", "Prime Minister"),
])
def test_a_portfolio_nobody_held_is_answered_no(bot, typed, person, held):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == person and reply.title.startswith("No") and held in reply.title, reply.title


def test_the_portfolio_held_is_still_yes(bot):
    reply = bot.handle(Request("baerbock - german foreign minister?", user="u"))
    assert reply.items[0].id == "annalena-baerbock" and reply.title.startswith("Yes"), reply.title
