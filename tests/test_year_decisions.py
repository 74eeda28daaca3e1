"""What a year holds, asked of the year alone ("anything from 2016?", "what happened in 2014"): its events, and after
them the pledges and decisions of that year, which a list of events alone left out."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "decisions"), [
    ("what happened in 2016", {"cyber-defence-pledge-2016", "cyberspace-domain-of-operations-2016"}),
    ("anything from 2014?", {"wales-2014-enhanced-cyber-defence-policy"}),
    ("got anything from 2024", {"nicc-2024"}),
])
def test_a_years_decisions_follow_its_events(bot, typed, decisions):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert decisions <= set(ids) and reply.items[0].type == "event", (reply.title, ids)
    assert "Also decided in" in " ".join(str(b.text) for b in reply.blocks)


def test_a_year_without_decisions_is_its_events_alone(bot):
    reply = bot.handle(Request("anything from 2008?", user="2008"))
    assert [i.type for i in reply.items] == ["event"] and "Also decided" not in " ".join(str(b.text) for b in reply.blocks)
