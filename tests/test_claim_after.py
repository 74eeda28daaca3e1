"""Someone's claim reported after the question, or as a follow-up, is checked against what the question asks
(bot.answering.claim_after, bot.answering.claims): "when agreed? boss says it was Vilnius 2023" -> "No: ... Washington"."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.claim_after import claim_after
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(("question", "after", "claim"), [
    ("when agreed nicc", ["boss says it was a vilnius 2023 decision", "is that right"], "is it true that nicc was a vilnius 2023 decision"),
    ("when was the rome pledge conference", ["my boss insists it was october"], "is it true that the rome pledge conference was in october"),
    ("where was the pledge agreed", ["boss says it was wales"], "is it true that the pledge was agreed in wales"),
    ("who opened the hague conference", ["the boss thinks it was ollongren"], "is it true that ollongren opened the hague conference"),
    ("which year was the berlin conference held", ["i think it was 2022"], "is it true that the berlin conference was held in 2022"),
    ("when was wales summit", ["boss says 2015"], "is it true that wales summit was in 2015"),  # a bare claim: no "it was"
    ("hague conference dates", ["boss says june"], "is it true that hague conference was in june"),  # the question put as a noun phrase
    ("nato cyber conference 2024 where", ["boss says paris"], "is it true that nato cyber conference 2024 was in paris"),
])
def test_a_claim_of_it_after_the_question_is_checked(question, after, claim):
    assert claim_after(question, after) == claim


@pytest.mark.parametrize(("question", "after"), [
    ("when did rutte take over", ["i believe it was in the autumn of 2024"]),  # an action: no subject to put for "it"
    ("when was the rome pledge conference", ["thanks"]),
    ("where was the pledge agreed", ["boss says it was not wales"]),
    ("what did rutte say", ["boss says it was about ai"]),
    ("was berlin the first", ["my boss says no"]),  # a yes or no the answer settles
    ("when was wales summit", ["boss says it took place in 2015 in cardiff"]),  # a bare claim with a deed of its own
    ("where was it", ["a colleague insists it was brussels"]),  # "it" is put for what it stands for first
])
def test_no_claim_to_check(question, after):
    assert claim_after(question, after) is None


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("asked", "says"), [
    ("NICC - when agreed? boss says it was a Vilnius 2023 decision, pls confirm!!!", ["No:", "Washington"]),
    ("when was the NICC agreed? my boss says it was Vilnius 2023, is that right?", ["No:", "Washington"]),
    ("where was the cyber pledge agreed? boss says it was Wales", ["No:", "Warsaw"]),
    ("which year was the Berlin conf held? I think it was 2022", ["No:", "2023"]),
    ("boss says the hague conference was in june", ["No:", "May"]),
    ("the boss insists the Rome pledge conf was October, sure?", ["No:", "November"]),
    ("wasn't the hague conf june 2024?", ["No:", "May"]),
    ("Hague conf dates?? boss says June, pls confirm!!", ["No:", "May"]),
    ("when was Wales summit? boss says 2015!!!", ["No:", "2014"]),
    ("NATO cyber conf 2024 - where?? boss says Paris", ["London"]),
    ("2021 pledge conference - where was it? a colleague insists it was brussels", ["Tallinn"]),
    ("URGENT where was the warsaw pledge agreed? manager says brussels", ["No:", "Warsaw"]),
])
def test_the_claim_is_answered(bot, asked, says):
    reply = render_text(bot.handle(Request(asked, user="claim-after")))
    assert all(word in reply for word in says), reply[:200]


@pytest.mark.parametrize("follow_up", [
    "wait boss insists it was OCTOBER!!! sure??",
    "boss says it was october!!",
    "wasn't it october?",
    "my manager insists it was in october",
])
def test_a_claim_of_it_in_a_follow_up_is_checked(bot, follow_up):
    user = f"claim-follow-up-{follow_up}"
    bot.handle(Request("when was the pledge conference in Rome?", user=user))
    reply = render_text(bot.handle(Request(follow_up, user=user)))
    assert reply.startswith("No:") and "November" in reply, reply[:200]
