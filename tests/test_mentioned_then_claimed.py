"""Someone mentioned a thing, then the asker reports a claim about "it": the claim is checked of that thing, wherever the
asker came across it ("I read somewhere", "I heard on the radio")."""

import pytest

from bot.answering.claims import claim_of_report
from bot.request import Request


@pytest.mark.parametrize("before, claim, checked", [
    (["rutte mentioned some new nato integrated cyber defence centre"], "it was set up at vilnius", "the nato integrated cyber defence centre was set up at vilnius"),
    (["stoltenberg talked about the cyber defence pledge"], "it was agreed in wales", "the cyber defence pledge was agreed in wales"),
    (["the op ed says a lot"], "it was in 2016", "it was in 2016"),  # nobody mentioned a thing
    ([], "it was in 2016", "it was in 2016"),
])
def test_it_is_the_thing_mentioned(before, claim, checked):
    assert claim_of_report("i read it", claim, before) == checked


@pytest.mark.parametrize("message, entry", [
    ("Rutte mentioned the NATO Integrated Cyber Defence Centre. I read somewhere it was set up at the Vilnius summit in 2023, is that right?", "nicc-2024"),
    ("Stoltenberg talked about the Cyber Defence Pledge. My son says it was agreed in Wales, is that right?", "cyber-defence-pledge-2016"),
    ("I heard on the radio that the pledge was agreed in Wales, is that right?", "cyber-defence-pledge-2016"),
    ("Rutte mentioned some new NATO Integrated Cyber Defence Centre. I heard somewhere it was agreed in Washington, is that right?", "nato-integrated-cyber-defence-centre"),
])
def test_the_claim_is_checked_of_it(bot, message, entry):
    reply = bot.handle(Request(message, user=message))
    assert reply.items and reply.items[0].id == entry, reply.title


@pytest.mark.parametrize("message, entry", [
    ("Rutte mentioned some new NATO Integrated Cyber Defence Centre. When was it agreed?", "nato-integrated-cyber-defence-centre"),
    ("Rutte mentioned the NICC. Where is it based?", "nato-integrated-cyber-defence-centre"),
    ("Stoltenberg talked about the Cyber Defence Pledge. When was it made?", "cyber-defence-pledge-2016"),
    ("Stoltenberg also brought up the Cyber Coalition exercise. When was it first held?", "cyber-coalition"),
])
def test_it_asked_of_the_thing_mentioned(bot, message, entry):
    reply = bot.handle(Request(message, user=message))
    assert reply.items and reply.items[0].id == entry, reply.title


def test_he_is_still_the_one_who_mentioned_it(bot):
    reply = bot.handle(Request("Rutte mentioned the NICC. What did he say about it?", user="he-mentioned"))
    assert reply.items and reply.items[0].id == "mark-rutte", reply.title
