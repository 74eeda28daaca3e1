"""What happened at a gathering ("what happened on cyber at the wales summit? dates pls", "what went on at the vilnius
summit"): that gathering's card, with its dates and what was decided there, not a one-line list of it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "meant", "decided"), [
    ("what happened at the warsaw summit?", "warsaw-summit-2016", "cyber-defence-pledge-2016"),
    ("so what went on at the vilnius summit on cyber?", "vilnius-summit-2023", "vilnius-2023-cyber-defence-concept"),
    ("what happened cyber wise at the wales summit, and the dates", "wales-summit-2014", "wales-2014-enhanced-cyber-defence-policy"),
    ("what happened at the tirana conference 2025?", "tirana-cyber-defence-conference-2025", None),
])
def test_the_gathering_and_its_decisions(bot, typed, meant, decided):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert reply.kind == "answer" and ids[0] == meant and (decided is None or decided in ids), reply.title


def test_what_happened_in_a_year_is_still_a_list(bot):
    reply = bot.handle(Request("what happened in 2024?", user="year"))
    assert reply.kind == "list" and "2024" in reply.title, reply.title
