"""What a gathering decided "about" a topic, where it decided more than one thing ("which decision was made in Warsaw
about cyberspace as a domain?"): the decision on that topic, not the list of all of them; a topic every decision is
about ("about cyber") or none holds keeps the list."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "Which decision was made in Warsaw about cyberspace as a domain?",
    "what did the allies decide in warsaw about cyberspace as a domain of operations",
    "Which Decision has NATO in Warschau about Cyberspace as a Domain made?",
])
def test_the_decision_on_the_topic_asked(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == ["cyberspace-domain-of-operations-2016"], reply.title


@pytest.mark.parametrize("typed", ["what did allies agree in warsaw about cyber", "what was decided at the warsaw summit 2016 about cyber defence"])
def test_a_topic_every_decision_shares_keeps_them_all(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    ids = {i.id for i in reply.items}
    assert {"cyber-defence-pledge-2016", "cyberspace-domain-of-operations-2016"} <= ids, reply.title
