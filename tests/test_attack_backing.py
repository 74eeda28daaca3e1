"""An attack asked of as backed by a state or by someone ("was the 2014 ddos state sponsored", "... linked to russia"), or
asked of by an analyst's word for its doer ("which apt hit nato"): the recorded attack, with who its text says claimed it,
never a miss about an attacker called "sponsored"."""

import pytest

from bot.request import Request

DDOS = "nato-websites-ddos-2014"


@pytest.mark.parametrize("typed", [
    "was the 2014 ddos state sponsored",
    "was the 2014 attack state-sponsored?",
    "which apt hit nato in march 2014",
    "what threat actor did the 2014 ddos",
])
def test_who_was_behind_it_asked_in_other_words(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == DDOS and "Cyber Berkut" in reply.title, reply.title
    assert "sponsored" not in reply.title.lower() and "apt" not in reply.title.lower().split()


@pytest.mark.parametrize(("typed", "named"), [
    ("was the ddos on nato russian state backed", "Russian"),
    ("was the nato websites attack linked to russia", "Russia"),
    ("was the ddos backed by the kremlin", "Kremlin"),
])
def test_a_backer_named_is_checked_against_what_the_text_says(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == DDOS and f"does not name {named} as behind it" in reply.title, reply.title


def test_a_backer_the_text_names_is_confirmed(bot):
    reply = bot.handle(Request("was the ddos attributed to cyber berkut", user="u"))
    assert reply.items[0].id == DDOS and reply.title.startswith("Yes"), reply.title


@pytest.mark.parametrize("typed", ["who attributed the ddos", "who targeted nato in 2014"])
def test_who_did_it_asked_with_an_analysts_verb(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "nobody called 'attributed the ddos'", not the Wales summit
    assert reply.items[0].id == DDOS and "Cyber Berkut" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["list attacks", "all attacks", "list the incidents", "what attacks are recorded", "attacks?", "any attacks on record"])
def test_the_attacks_asked_for_as_a_list(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not the op-ed on cyber-attacks, not the incident support capability
    assert reply.title == "The knowledge records 1 attack" and [i.id for i in reply.items] == [DDOS], reply.title
