"""A country that is no Ally asked about as signing a pledge the Allies made: an honest miss, never the pledge as its answer."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "country"), [
    ("When did Republic of Korea sign the Cyber Defence Pledge?", "Republic of Korea"),
    ("Has Japan joined the Cyber Defence Pledge?", "Japan"),
    ("Did Australia sign the pledge?", "Australia"),
    ("in which year did new zealand adopt the cyber defence pledge", "New Zealand"),
])
def test_a_partner_is_never_a_signer(bot, question, country):
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) and country in reply.title, reply.title


@pytest.mark.parametrize("question", [
    "When did Germany sign the Cyber Defence Pledge?",
    "When did allies sign the pledge?",
    "when did nato leaders adopt the cyber defence pledge",
])
def test_an_ally_or_the_allies_get_the_pledge(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == "cyber-defence-pledge-2016", reply.title
