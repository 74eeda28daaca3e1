"""Kosovo named as a party to a gathering ("did Kosovo take part in Tirana?", "Kosova"): a country the gazetteer knows,
so the answer says nobody representing it is recorded, never "nobody called 'kosova'"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "was Kosovo represented at the Tirana conference?",
    "did anyone from Kosova speak in Tirana?",
    "any kosovar delegation at the 2025 cyber conference?",
])
def test_kosovo_is_a_country_asked_of(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "Kosovo" in reply.title and "nobody called" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "country"), [("was Serbia invited to the Tirana conference?", "Serbia"), ("was Kosovo invited to the Berlin conference?", "Kosovo")])
def test_an_invitation_asked_is_answered_by_who_represented_it(bot, typed, country):
    reply = bot.handle(Request(typed, user=typed))  # not the gathering's card as if it answered
    assert reply.kind == "not_found" and f"nobody representing {country}" in reply.title, reply.title
