"""A country asked of as taking part in a gathering whose account names it among those present, though no person of it
is recorded ("was Albania there in Berlin?": its foreign minister, per the Lithuanian MoD): that sentence, never "the
knowledge records nobody representing Albania"; a country named otherwise ("relying on Russia") is still a miss."""

import pytest

from bot.request import Request

IN_BERLIN_ACCOUNT = [("Albania", "was Albania there in Berlin?"), ("Finland", "did Finland attend the Berlin conference?"),
                     ("Latvia", "was Latvia present at the Berlin conference in 2023?")]
NAMED_OTHERWISE = ["was Russia at the Berlin conference?", "did China take part in the Berlin conference?"]


@pytest.mark.parametrize("country, typed", IN_BERLIN_ACCOUNT)
def test_the_account_naming_the_country_answers(bot, country, typed):
    reply = bot.handle(Request(typed, user=country))
    assert (reply.kind, reply.items[0].id) == ("answer", "berlin-cyber-defence-conference-2023"), reply.title
    assert f"names {country} among those taking part" in reply.title


@pytest.mark.parametrize("typed", NAMED_OTHERWISE)
def test_a_country_named_for_another_reason_is_no_participant(bot, typed):
    title = bot.handle(Request(typed, user="someone")).title
    assert title.startswith("The knowledge records nobody representing"), title
