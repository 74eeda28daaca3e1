"""What happened between two entries of no one series ("what happened between the 2014 ddos and the warsaw summit"):
every event between them, of any kind, never "no conference between" because the two are of different kinds; "what did
nato decide between ..." is the events where a decision was made. Two editions of one series keep that series'."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "between"), [
    ("what happened between the 2014 ddos and the warsaw summit", "wales-summit-2014"),
    ("anything go on between the pledge conference in rome and the berlin conference?", "vilnius-summit-2023"),
    ("what went on between the hague pledge conference and the london cyber defence conference 2024", "washington-summit-2024"),
    ("anything happen between the 2022 rome conference and the first annual cyber defence conference", "vilnius-summit-2023"),
])
def test_the_one_event_between_two_of_different_kinds(bot, typed, between):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [between], reply.title


def test_every_event_between_is_listed(bot):
    reply = bot.handle(Request("what happened between the warsaw summit and the rome pledge conference", user="u"))
    ids = {i.id for i in reply.items}
    assert reply.title.startswith("5 events fall between"), reply.title
    assert {"stoltenberg-oped-2016", "paris-pledge-conference-2018", "tallinn-pledge-conference-2021"} <= ids, ids


@pytest.mark.parametrize(("typed", "decided_at"), [
    ("what did nato decide on cyber between the website attack in 2014 and the warsaw summit", ["wales-summit-2014"]),
    ("what did allies agree between the wales summit and the vilnius summit", ["rome-pledge-conference-2022", "warsaw-summit-2016"]),
])
def test_what_was_decided_between(bot, typed, decided_at):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items if i.id.endswith(("2014", "2016", "2022"))][:len(decided_at)] == decided_at, reply.title


def test_two_editions_of_one_series_keep_to_it(bot):
    reply = bot.handle(Request("what happened between berlin 2023 and tirana 2025", user="u"))
    assert [i.id for i in reply.items][:1] == ["london-cyber-defence-conference-2024"], reply.title
