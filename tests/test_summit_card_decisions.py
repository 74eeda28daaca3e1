"""A summit's card tells what it decided ("On 8 July 2016 they issued the Cyber Defence Pledge ..."): the decisions are
items of the reply too, after the summit, so a question answered by the card ("10 years ago in Warsaw NATO did
something big for cyber, what was it?") names them; a conference's card names no decision of its own this way."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "summit", "decided"), [
    ("the 2016 summit, what was special there?", "warsaw-summit-2016", {"cyber-defence-pledge-2016", "cyberspace-domain-of-operations-2016"}),
    ("tell me about the wales summit", "wales-summit-2014", {"wales-2014-enhanced-cyber-defence-policy"}),
    ("vilnius summit 2023?", "vilnius-summit-2023", {"vilnius-2023-cyber-defence-concept"}),
    ("the washington summit", "washington-summit-2024", {"nicc-2024"}),
])
def test_a_summits_card_names_what_it_decided(bot, typed, summit, decided):
    ids = [i.id for i in bot.handle(Request(typed, user=typed)).items]
    assert ids[0] == summit and decided <= set(ids), ids


@pytest.mark.parametrize("typed", ["tell me about the rome conference", "the hague pledge conference 2024"])
def test_a_conferences_card_is_left_as_it_was(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].type == "event" and not [i for i in reply.items if i.type == "pledge"], reply.items
