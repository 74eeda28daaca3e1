"""Three ways a plain question was misread: an acronym the knowledge only mentions, asked in lower case ("what is
shape": an entry that mentions SHAPE was presented as the answer); a claim closed by a tag of two options ("... correct
or no", "true or false": read as a question about that day, or the tag dropped and the claim left unchecked); whether a
pledge is binding, which the knowledge never records ("I have no entry for 'pledge binding'")."""

import pytest

from bot.request import Request

PLEDGE = "cyber-defence-pledge-2016"


@pytest.mark.parametrize("typed", ["what is shape", "whats shape?", "what does shape stand for", "what's shape"])
def test_an_acronym_only_mentioned_asked_in_lower_case_is_the_honest_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and "SHAPE" in reply.title and not reply.items, reply.title


@pytest.mark.parametrize("typed", ["what is nicc", "whats the nicc"])
def test_an_acronym_that_names_an_entry_is_still_that_entry(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == "nato-integrated-cyber-defence-centre", reply.title


@pytest.mark.parametrize(("typed", "verdict", "first"), [
    ("the hague conference was 16 june 2024 correct or no", "No", "hague-pledge-conference-2024"),
    ("berlin conference was 10 october 2023 yes or no", "No", "berlin-cyber-defence-conference-2023"),
    ("the berlin conference was in november 2023 right or wrong", "Yes", "berlin-cyber-defence-conference-2023"),
    ("rutte spoke in tirana true or false", "Yes", "tirana-cyber-defence-conference-2025"),
    ("the pledge was agreed at warsaw - correct or not?", "Yes", PLEDGE),
    ("tirana conference was in 2024, true/false", "No", "tirana-cyber-defence-conference-2025"),
])
def test_a_claim_closed_by_a_two_way_tag_is_checked(bot, typed, verdict, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(verdict + ":") and reply.items[0].id == first, reply.title
    assert "wrong" not in reply.title.lower().split() and "Right" not in reply.title.split()[1:], reply.title


@pytest.mark.parametrize("typed", [
    "is the pledge binding",
    "is the cyber defence pledge legally binding?",
    "is the pledge mandatory for allies",
    "was the pledge voluntary or binding",
    "what is the legal status of the cyber defence pledge",
])
def test_whether_the_pledge_binds_is_not_recorded(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("The knowledge does not record the legal status"), reply.title
    assert "Cyber Defence Pledge" in reply.title


@pytest.mark.parametrize("typed", ["is rutte binding", "was the warsaw cyber defence pledge a binding allied decision",
                                   "what does stoltenberg's op-ed say about voluntary norms?"])
def test_binding_said_of_no_pledge_is_no_status_question(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "legal status" not in reply.title, reply.title
