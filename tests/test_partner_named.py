"""A country named as a partner at a gathering ("did brazil take part in tirana as a partner?"): the answer names
that country when the knowledge does not record it, never only "partner countries"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "country"), [
    ("did brazil join the tirana conference as a partner?", "Brazil"),
    ("did japan take part in the hague pledge conference as a partner?", "Japan"),
    ("ukraine attended the london 2024 conference as a partner country?", "Ukraine"),
])
def test_a_partner_country_named_is_answered_by_name(bot, typed, country):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and f"whether {country} took part" in reply.title, reply.title
