"""A claim typed with no verb, a decision's name then a place and a year ("cyber defence pledge wales 2014 right?"): the
pledge or initiative named is checked against that place, never the entry the place's own decision is (the Wales policy
confirmed "Yes" for a claim about the Pledge)."""

import pytest

from bot.request import Request

PLEDGE, NICC = "cyber-defence-pledge-2016", "nato-integrated-cyber-defence-centre"


@pytest.mark.parametrize(("typed", "first", "opens"), [
    ("cyber defence pledge wales 2014 right?", PLEDGE, "No: Cyber Defence Pledge was agreed on 8 July 2016 at NATO Warsaw Summit 2016"),
    ("the cyber defence pledge, wales summit 2014, correct?", PLEDGE, "No: Cyber Defence Pledge was agreed on 8 July 2016"),
    ("cyber pledge warsaw 2016 yep?", PLEDGE, "Yes: Cyber Defence Pledge was agreed on 8 July 2016"),
    ("nicc vilnius 2023 right?", NICC, "No: NATO Integrated Cyber Defence Centre dates from 10 July 2024"),
    ("nicc washington 2024 innit", NICC, "Yes: NATO Integrated Cyber Defence Centre dates from 10 July 2024"),
])
def test_a_decision_named_then_a_place_is_checked_against_it(bot, typed, first, opens):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and reply.title.startswith(opens), reply.title


def test_the_policy_of_that_place_named_is_still_confirmed(bot):
    reply = bot.handle(Request("enhanced cyber defence policy wales 2014 right?", user="u"))
    assert reply.items[0].id == "wales-2014-enhanced-cyber-defence-policy" and reply.title.startswith("Yes"), reply.title
