"""A claim that a gathering decided something is checked against the decision's own entry
(bot.answering.decision_claims): "is it true that the Wales Summit declared cyber defence part of collective defence"."""

import datetime as dt

import pytest

from bot.answering.decision_claims import decision_first
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(("typed", "read"), [
    ("is it true that the Wales Summit declared cyber defence part of collective defence?",
     "is it true that cyber defence part of collective defence was declared at the Wales Summit?"),
    ("Is it true that the Warsaw Summit recognised cyberspace as a domain", "Is it true that cyberspace as a domain was recognised at the Warsaw Summit"),
    ("is it true that Vilnius Summit 2023 agreed a new concept", "is it true that a new concept was agreed at the Vilnius Summit 2023"),
    ("so is it true that the washington summit established the nicc", "so is it true that the nicc was established at the washington summit"),
    ("is it true that the United Kingdom hosted a NATO Cyber Defence Conference?", "did the United Kingdom host a NATO Cyber Defence Conference?"),
    ("Is it true that Estonia ever organised a pledge conference", "did Estonia host a pledge conference"),
])
def test_the_decision_is_put_first(typed, read):
    assert decision_first(typed) == read


@pytest.mark.parametrize("typed", [
    "did the wales summit declare cyber defence part of collective defence",  # no claim lead: read as it is
    "is it true that the rome conference agreed to hold an annual conference",  # what was agreed is an act, not a thing
    "is it true that the pledge was agreed at the warsaw summit",
])
def test_other_text_is_left_as_it_is(typed):
    assert decision_first(typed) == typed


_BOT = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("question", "first", "opens"), [
    ("Is it the case that the Wales Summit declared cyber defence part of NATO's core task of collective defence?", "wales-2014-enhanced-cyber-defence-policy", "Yes"),
    ("Is it true that the Warsaw Summit recognised cyberspace as a domain of operations?", "cyberspace-domain-of-operations-2016", "Yes"),
    ("Is it accurate to say that the Vilnius Summit agreed a new cyber defence concept?", "vilnius-2023-cyber-defence-concept", "Yes"),
    ("Is it the case that the Vilnius Summit agreed the NATO Integrated Cyber Defence Centre?", "nicc-2024", "No"),
    ("Whether the United Kingdom hosted a NATO Cyber Defence Conference.", "london-cyber-defence-conference-2024", "Yes"),
    ("Is it the case that Albania hosted a NATO Cyber Defence Conference?", "tirana-cyber-defence-conference-2025", "Yes"),
])
def test_the_decision_answers_the_claim(question, first, opens):
    reply = _BOT.handle(Request(question, user=question))
    assert ([ref.id for ref in reply.items][:1], reply.title.split(":")[0]) == ([first], opens)
