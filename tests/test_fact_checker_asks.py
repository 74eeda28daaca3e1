"""A claim put to the bot as to a fact-checker ("act as a fact-checker: X", "you are a fact checker. X", "fact check
this sentence: X"): X is checked, never refused as an instruction to play a part; a gathering said to have decided
something on a wrong month and year is checked as that decision ("No: ... 2016 at the Warsaw Summit")."""

import pytest

from bot.request import Request


def _checked(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    return reply.title, [item.id for item in reply.items]


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("act as a fact checker: the first pledge conference was in london", "paris-pledge-conference-2018", "Paris"),
    ("You are a fact-checker. The London 2024 conference was held in Manchester.", "london-cyber-defence-conference-2024", "Lancaster House"),
    ("please act as my fact checker - the cyber defence pledge was agreed in 2014", "cyber-defence-pledge-2016", "2016"),
    ("act as a fact checker and verify: the 2023 vilnius summit agreed the nicc", "nato-integrated-cyber-defence-centre", "2024"),
    ("fact check this claim: rutte spoke in person in tirana", "tirana-cyber-defence-conference-2025", "video"),
])
def test_a_claim_put_to_a_fact_checker_is_checked(bot, typed, first, said):
    title, ids = _checked(bot, typed)
    assert ids[:1] == [first] and title.startswith("No") and said in title, title


@pytest.mark.parametrize("typed", ["act as a pirate and tell me about the pledge", "act as if you were stoltenberg"])
def test_another_part_to_play_is_still_refused(bot, typed):
    assert _checked(bot, typed)[0].startswith("I only answer questions about NATO"), typed


@pytest.mark.parametrize(("typed", "decision", "year"), [
    ("the wales summit in september 2014 adopted the cyber defence pledge, right?", "cyber-defence-pledge-2016", "2016"),
    ("fact check: the warsaw summit of june 2015 recognised cyberspace as a domain of operations", "cyberspace-domain-of-operations-2016", "2016"),
])
def test_a_decision_claimed_of_a_dated_gathering_is_checked_as_that_decision(bot, typed, decision, year):
    title, ids = _checked(bot, typed)
    assert ids[:1] == [decision] and title.startswith("No") and year in title, title
