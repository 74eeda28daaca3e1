"""An attack asked in chat words ("nato's websites got knocked out", "taken down", "brought down") is the recorded attack;
one asked after as a topic with a place or year of its own ("anything on the estonia 2007 attacks") that no recorded
attack has is said to be unrecorded, never answered with a person or a gathering of that country."""

import pytest

from bot.request import Request

DDOS = "nato-websites-ddos-2014"


@pytest.mark.parametrize("typed", [
    "when were nato's websites knocked out",
    "when was nato.int taken down",
    "when did the nato sites get brought down",
    "when were nato's networks knocked offline",
    "who took nato's websites offline",
])
def test_websites_taken_out_of_service_are_the_recorded_attack(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == DDOS and "2014" in reply.title + " ".join(b.text for b in reply.blocks), reply.title


@pytest.mark.parametrize(("typed", "named"), [
    ("anything on the estonia 2007 attacks", "2007"),
    ("any info on the 2015 bundestag hack?", "bundestag"),
    ("what about the solarwinds hack", "solarwinds"),
    ("when were estonia's bank websites knocked offline", "estonia"),
])
def test_an_unrecorded_attack_is_said_to_be_unrecorded(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("The knowledge records no attack") and named in reply.title, reply.title


def test_a_topic_with_no_attack_named_is_left_to_the_quotes(bot):
    reply = bot.handle(Request("anything on the cyber attacks", user="topic"))
    assert reply.kind != "not_found" and DDOS not in [i.id for i in reply.items][:1], reply.title


def test_something_else_taken_down_is_no_attack(bot):
    reply = bot.handle(Request("when was the conference taken down from the agenda", user="agenda"))
    assert "attack" not in reply.title.lower(), reply.title
