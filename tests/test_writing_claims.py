"""'Does the op-ed say X?': what the op-ed holds on X (the entries it is a source of), never X read as a quote to trust;
a report of a gathering ("the Berlin article") is left to the checks of what it says."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("question, entry", [
    ("Does Stoltenberg in that 2016 piece say NATO might go on the offensive in cyberspace?", "defensive-principles-2016"),
    ("does the 2016 op-ed say nato might go on the offensive in cyberspace?", "defensive-principles-2016"),
    ("does the op-ed claim that nato will hack russia?", "defensive-principles-2016"),
    ("did Stoltenberg's op-ed say NATO is a defensive alliance?", "defensive-principles-2016"),
    ("did the op-ed say that nato has cyber rapid reaction teams?", "cyber-rapid-reaction-teams"),
])
def test_what_the_op_ed_holds(bot, question, entry):
    reply = bot.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == entry, reply.title


def test_a_gatherings_report_is_checked_as_before(bot):
    reply = bot.handle(Request("does the berlin article say stoltenberg called china an adversary?", user="berlin-article"))
    assert reply.items[0].id == "stoltenberg-berlin-2023-china-values", reply.title
