"""A decision put at a gathering, told as a clause ("was it agreed at warsaw that cyber attacks could trigger article
5?", "was it decided at the vilnius summit that nato would build the nicc?"): checked against where it was made. Before:
"Yes: NATO Warsaw Summit 2016 was held 8–9 July 2016 in Warsaw" (the summit's dates, a yes to a wrong place), since the
clause's words ("attacks", "would build") found no decision."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "decision", "where"), [
    ("was it agreed at Warsaw that cyber attacks could trigger article 5?", "wales-2014-enhanced-cyber-defence-policy", "Wales"),
    ("did the warsaw summit decide that cyber attacks could trigger article 5", "wales-2014-enhanced-cyber-defence-policy", "Wales"),
    ("was it decided at the vilnius summit that nato would build the nicc?", "nato-integrated-cyber-defence-centre", "Washington"),
])
def test_a_decision_put_where_it_was_not_made(bot, typed, decision, where):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and where in reply.title and reply.items[0].id == decision, reply.title


def test_a_decision_put_where_it_was_made_is_confirmed_by_its_own_check(bot):
    reply = bot.handle(Request("was it agreed at washington that nato would set up the nicc?", user="made"))
    assert reply.title.startswith("Yes:") and "10 July 2024" in reply.title, reply.title  # the decision's date, not the summit's
