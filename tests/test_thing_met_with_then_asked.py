"""Something the asker met with, named in a lead ("I have seen reference to X.", "I keep hearing about X."), then asked
of as "it" in a question of two parts ("What is it and where did it originate?"): that thing's entry, never a miss about
"it and where did it originate". "originate" asks where a thing came from, an aspect, never a name the knowledge lacks."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("I read about the NICC. What is it and when was it agreed?", "nato-integrated-cyber-defence-centre"),
    ("I keep hearing about the malware information sharing platform. What is it and who runs it?", "malware-information-sharing-platform"),
    ("I came across the cyber rapid reaction teams. What are they and who deploys them?", "cyber-rapid-reaction-teams"),
    ("I have seen a referrence to the NICC. What is it and what does it do?", "nato-integrated-cyber-defence-centre"),
    ("We have seen mentions of the Cyber Defence Pledge. When was it agreed and where?", "cyber-defence-pledge-2016"),
])
def test_the_thing_met_with_is_what_it_stands_for(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("where did the nicc originate", "nato-integrated-cyber-defence-centre"),
    ("what is the nicc and where did it originate?", "nato-integrated-cyber-defence-centre"),
    ("where did the malware information sharing platform originate", "malware-information-sharing-platform"),
])
def test_originate_asks_where_a_thing_came_from(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first and "originate" not in reply.title, reply.title
