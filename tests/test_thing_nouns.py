"""The kind of thing a question names, held against an entry's names (bot.answering.thing_nouns)."""

import pytest

from bot.answering.thing_nouns import unmet_noun
from bot.request import Request


@pytest.mark.parametrize(("question", "names", "kind", "unmet"), [
    ("what was nato first cyber defence strategy", ("First annual NATO Cyber Defence Conference",), "conference", "strategy"),
    ("what is nato cyber defence policy", ("Enhanced Cyber Defence Policy",), "", None),
    ("what are the rapid reaction teams", ("Cyber rapid reaction teams",), "team", None),
    ("where is the integrated cyber defence center", ("NATO Integrated Cyber Defence Centre",), "centre", None),
    ("when was the nicc agreed", ("NATO Integrated Cyber Defence Centre",), "centre", None),  # no kind named
])
def test_unmet_noun(question, names, kind, unmet):
    assert unmet_noun(question, names, kind) == unmet


@pytest.mark.parametrize(("question", "summary", "unmet"), [
    ("the 2007 estonia attacks", "Prime Minister of Estonia when Estonia hosted the conference", "attacks"),
    ("can a cyber attack trigger article 5", "Cyber defence is part of collective defence; a cyber attack could ...", None),
])
def test_an_attack_is_met_by_an_entry_speaking_of_attacks(question, summary, unmet):
    assert unmet_noun(question, ("Some entry",), "", summary) == unmet


@pytest.mark.parametrize("typed", [
    "the estonia attacks",
    "the 2007 estonia attacks?",
    "estonian cyberattacks",
    "the italy hack?",
    "the germany incident",
    "the 2007 cyber attacks on estonia, how did nato respond",  # the response asked of the lead (asked_of_lead)
    "the solarwinds hack - how did nato react?",
    "the 2017 notpetya attacks, what did nato do",
])
def test_an_attack_the_knowledge_lacks_is_a_miss_not_a_person_of_its_country(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and not reply.items, (reply.title, [i.id for i in reply.items])


@pytest.mark.parametrize("typed", ["the 2014 hack of nato websites", "the ddos incident", "can a cyberattack trigger article 5"])
def test_an_attack_or_a_policy_on_attacks_the_knowledge_holds_is_answered(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer", reply.title
