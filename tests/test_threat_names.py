"""A threat actor, malware or incident the knowledge never mentions, named the way an analyst does ("did nato ever
attribute anything to apt29", "notpetya attribution"): the honest miss naming it, never a line of Stoltenberg's on
attacks found by the question's other words; a reply that names it already (a backer checked) stays."""

import pytest

from bot.request import Request


#: An analyst's question -> the name the honest miss must give, as written.
NAMED_AS = {
    "has nato pinned anything on cozy bear": "Cozy Bear",
    "stoltenberg remarks on wannacry attribution": "WannaCry",
    "fancy bear phishing against nato, any statement": "Fancy Bear",
    "nato line on the log4j mess?": "Log4j",
    "did the allies blame sandworm for anything": "Sandworm",
}


@pytest.mark.parametrize("typed", NAMED_AS)
def test_a_name_the_knowledge_lacks_is_the_honest_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and not reply.items, reply.title
    assert reply.title.startswith(f"I have nothing on “{NAMED_AS[typed]}”"), reply.title


def test_a_backer_claimed_of_the_recorded_attack_is_still_checked(bot):
    reply = bot.handle(Request("was lockbit behind the 2014 ddos", user="u"))
    assert reply.items[0].id == "nato-websites-ddos-2014" and "Cyber Berkut" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["who claimed the ddos on nato.int", "does nato have a threat intel cell"])
def test_questions_naming_none_are_left_alone(bot, typed):
    assert bot.handle(Request(typed, user=typed)).kind != "not_found"
