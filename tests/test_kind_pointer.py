"""A bare "the summit" in a follow-up that counts time is the summit just talked about."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(
    ("first", "then", "ids", "says"),
    [
        ("when was the vilnius summit?", "how many days from the last summit day to the opening of the berlin conference?",
         {"vilnius-summit-2023", "berlin-cyber-defence-conference-2023"}, "120 days"),
        ("when was the berlin conference?", "how many weeks between the conference and the washington summit?",
         {"berlin-cyber-defence-conference-2023", "washington-summit-2024"}, "34 weeks"),
        ("when was the wales summit?", "and how many days from the summit's first day to the pledge?",
         {"wales-summit-2014", "cyber-defence-pledge-2016"}, "673 days"),
    ],
)
def test_the_kind_talked_about(bot_9_november, first, then, ids, says):
    bot_9_november.handle(Request(first, user=f"kind-{first}"))
    reply = bot_9_november.handle(Request(then, user=f"kind-{first}"))
    assert ids <= {i.id for i in reply.items}, reply.title
    assert says in reply.title


def test_a_kind_with_its_own_place_is_its_own(bot_9_november):
    bot_9_november.handle(Request("when was the vilnius summit?", user="kind-own"))
    reply = bot_9_november.handle(Request("how many days between the summit in washington and the london 2024 conference?", user="kind-own"))
    assert "vilnius-summit-2023" not in {i.id for i in reply.items}, reply.title
