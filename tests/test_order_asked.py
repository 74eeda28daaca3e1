"""Which came first, asked the ways a timeline-maker asks: a list to put in order "for my timeline"; an entry before or
after someone took office; an op-ed that "came out" before or after a summit (its day, with the earlier day its text
claims, unverified); and which of the gatherings at one place came first. Never the holder of a role, an article's card
or "no conference in London" instead of the order."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "could you put these in order for my notes: the berlin conf, the wales summit, the tallinn pledge conf",
    "pls sort these by date for the episode - berlin conf, wales summit, tallinn pledge conf",
])
def test_a_list_put_in_order_for_a_timeline(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:3] == ["wales-summit-2014", "tallinn-pledge-conference-2021", "berlin-cyber-defence-conference-2023"], reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("was the nicc set up before or after rutte became secretary general", "nato-integrated-cyber-defence-centre"),
    ("was the warsaw summit before or after stoltenberg took over as secretary general", "jens-stoltenberg"),
    ("was the tirana conference after rutte became sg", "mark-rutte"),
])
def test_an_entry_against_a_role_taken_up(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert any(i.startswith(first) for i in ids[:2]) and not reply.title.startswith("Yes: Mark Rutte is"), reply.title
    assert "came first" in reply.title or "later one" in reply.title, reply.title


@pytest.mark.parametrize("typed", [
    "did the op-ed come out before or after the warsaw summit",
    "was stoltenberg's raise our game piece published before or after the warsaw summit",
    "was the op-ed written before the warsaw summit",
])
def test_an_op_ed_against_a_summit(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert {i.id for i in reply.items} >= {"stoltenberg-oped-2016", "warsaw-summit-2016"}, reply.title
    assert "29 July 2016" in reply.title and "not part of" not in reply.title, reply.title
    assert any("8 July" in b.text and "unverified" in b.text for b in reply.blocks), reply.blocks


@pytest.mark.parametrize(("typed", "first"), [
    ("which of the two london conferences was first", "london-pledge-conference-2019"),
    ("the uk hosted two conferences i think? which one came first", "london-pledge-conference-2019"),
    ("which london conference was the most recent", "london-cyber-defence-conference-2024"),
])
def test_the_gatherings_at_one_place_in_order(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [first] and len(reply.items) == 2, reply.title


def test_a_place_with_one_gathering_is_left_to_the_routes(bot):
    reply = bot.handle(Request("which berlin conference came first", user="u"))
    assert reply.items and reply.items[0].id == "berlin-cyber-defence-conference-2023", reply.title
