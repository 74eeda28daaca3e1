"""A question after a lead clause that asks only of what the lead names (bot.answering.asked_of_lead): a response
with nothing it responds to ("the 2014 ddos - how did nato react?") is a response to the lead, and "what did nato do
about <an attack>" is that attack's entry, never a decision or an unrelated pledge."""

import pytest

from bot.answering.asked_of_lead import asked_of_lead, response_asked
from bot.request import Request

DDOS = "nato-websites-ddos-2014"


@pytest.mark.parametrize(("question", "leads", "asked"), [
    ("how did nato respond", ["the 2007 cyber attacks on estonia"], "how did nato respond to the 2007 cyber attacks on estonia"),
    ("what was nato reaction", ["hi all", "the 2014 ddos"], "what was nato reaction to the 2014 ddos"),
    ("what did the allies do", ["the ddos"], "what did the allies do about the ddos"),
    ("who spoke", ["rome 2022"], None),
    ("when was that rome do", ["my grandson mentioned a cyber conference there"], None),  # a "do" is a party, not a deed
    ("how did nato respond", [], None),
])
def test_response_asked(question, leads, asked):
    assert response_asked(question, leads) == asked


def test_a_persons_attribute_is_still_asked_of_the_name():
    assert asked_of_lead("which country", ["luminita odobescu"]) == "who is luminita odobescu"


@pytest.mark.parametrize("typed", [
    "the 2014 ddos on nato websites - how did nato react?",
    "nato websites ddos 2014: what did nato do?",
    "what did nato do about the 2014 ddos",
    "the attack on nato's websites, how did the alliance respond?",
])
def test_a_response_to_a_recorded_attack_is_that_attack(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == DDOS, (reply.title, [i.id for i in reply.items])


def test_a_decision_year_is_not_read_as_the_attack_of_that_year(bot):
    reply = bot.handle(Request("what did nato decide in 2014 about cyber?", user="u"))
    assert reply.items[0].id == "wales-2014-enhanced-cyber-defence-policy", reply.title
