"""Two things claimed to be one in a statement with a tag ("the nicc and the vcisc are the same thing, no?",
"the annual conference and the pledge conference are basically the same, right?"): compared as "are A and B the
same?" is, never a yes about one of them."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "the annual conference and the pledge conference are the same thing, right?",
    "the pledge conferences and the cyber defence conferences are basically the same, aren't they?",
    "the nato cyber defence conference and the pledge conference are one and the same, no?",
])
def test_the_two_series_are_told_apart(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("Two different series"), reply.title
    assert {i.id for i in reply.items} >= {"cyber-defence-pledge-conference-series", "nato-cyber-defence-conference-series"}


@pytest.mark.parametrize(("typed", "ids"), [
    ("the nicc and the vcisc are the same thing, no?", {"nato-integrated-cyber-defence-centre", "virtual-cyber-incident-support-capability"}),
    ("the pledge and the wales policy are the same thing, right?", {"cyber-defence-pledge-2016", "wales-2014-enhanced-cyber-defence-policy"}),
])
def test_two_entries_are_told_apart(bot, typed, ids):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and ids <= {i.id for i in reply.items}, reply.title
