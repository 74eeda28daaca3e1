"""What a summit or conference decided, asked in a search engine's keywords ("warsaw summit key decisions", "outcomes
of the wales summit") or as a bare follow-up ("decisions?" after a summit): the decisions agreed there; and a summit's
own card names what its leaders decided, so "wales summit 2014 cyber defence" shows the policy endorsed there."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "decided"), [
    ("warsaw summit key decisions", {"cyber-defence-pledge-2016", "cyberspace-domain-of-operations-2016"}),
    ("outcomes of the wales summit", {"wales-2014-enhanced-cyber-defence-policy"}),
    ("washington summit 2024 main outcomes", {"nicc-2024"}),
    ("vilnius 2023 summit results", {"vilnius-2023-cyber-defence-concept"}),
    ("decisions hague pledge conference", {"hague-2024-renewed-pledges"}),
])
def test_outcomes_asked_in_keywords(bot, typed, decided):
    reply = bot.handle(Request(typed, user=typed))
    assert decided <= {i.id for i in reply.items[:3]}, (reply.title, reply.items)


def test_outcomes_of_a_gathering_that_never_was_are_an_honest_miss(bot):
    reply = bot.handle(Request("istanbul summit 2021 cyber decisions", user="istanbul"))
    assert reply.title.startswith("I have no summit in Istanbul"), reply.title


@pytest.mark.parametrize("typed", ["tell me about the cyberspace domain decision", "summits w cyber decisions"])
def test_a_decision_or_a_kind_named_is_not_one_gathering(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert not reply.title.startswith("2 pledges and commitments at"), reply.title


@pytest.mark.parametrize(("summit", "decided"), [
    ("warsaw summit", "cyber-defence-pledge-2016"),
    ("nato wales summit", "wales-2014-enhanced-cyber-defence-policy"),
    ("washington summit 2024", "nicc-2024"),
])
def test_a_summit_card_names_its_decisions(bot, summit, decided):
    reply = bot.handle(Request(summit, user=summit))
    assert reply.items[0].type == "event" and decided in [i.id for i in reply.items], reply.items
    assert any(f.name == "Decided" for f in reply.fields), reply.fields


@pytest.mark.parametrize(("first", "then", "decided"), [
    ("warsaw summit 2016", "key decisions?", "cyberspace-domain-of-operations-2016"),
    ("when was the washington summit", "outcomes", "nicc-2024"),
    ("rome pledge conference", "results?", "rome-2022-call-to-recommit"),
])
def test_outcomes_asked_as_a_bare_follow_up(bot, first, then, decided):
    user = f"{first}/{then}"
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(then, user=user))
    assert decided in [i.id for i in reply.items[:3]], (reply.title, reply.items)
