"""What was new at one gathering that an earlier one did not have: the bodies and decisions dated between them."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("asked, first, new", [
    ("what new NATO structure came up in Tirana that didn't exist yet at Berlin?", "tirana-cyber-defence-conference-2025", {"nato-integrated-cyber-defence-centre"}),
    ("what new bodies were mentioned at Tirana that didn't exist at the Berlin conference?", "tirana-cyber-defence-conference-2025", {"nato-integrated-cyber-defence-centre"}),
    ("what was new at London 2024 since Berlin?", "london-cyber-defence-conference-2024", {"nato-integrated-cyber-defence-centre", "hague-2024-renewed-pledges"}),
    ("what was new at the hague compared with rome?", "hague-pledge-conference-2024", {"vilnius-2023-cyber-defence-concept", "virtual-cyber-incident-support-capability"}),
    ("what was new at Berlin compared with Tirana?", "tirana-cyber-defence-conference-2025", {"rutte-2025-cyber-investment"}),  # the later one first
])
def test_what_is_new_is_dated_between_the_two(bot_9_november, asked, first, new):
    reply = bot_9_november.handle(Request(asked, user=asked))
    ids = [i.id for i in reply.items]
    assert ids[0] == first and new <= set(ids), reply.title


def test_a_body_asked_for_is_no_decision(bot_9_november):
    asked = "what new NATO structure came up in Tirana that didn't exist yet at Berlin?"
    assert "nicc-2024" not in [i.id for i in bot_9_november.handle(Request(asked, user="body")).items]


def test_a_decision_of_the_earlier_gathering_is_not_new(bot_9_november):
    reply = bot_9_november.handle(Request("what was new at the hague compared with rome?", user="rome"))
    assert "rome-2022-call-to-recommit" not in [i.id for i in reply.items] and not is_miss(reply)
