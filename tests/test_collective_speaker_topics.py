"""What NATO, its officials or anyone said about a topic ("what have nato officials said about russia", "did anybody
from nato talk about deterrence", "who spoke about resilience"): the quotes on that topic, their speakers named, never
"no quote by “nato officials”" nor "no quote says “resilience”" (bot.answering.everyone_said, topics.alliance_topics,
topics.topic_quotes)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "topic", "first"), [
    ("what have nato officials said about russia", "russia", "stoltenberg-berlin-2023-russia-energy"),
    ("did anybody from nato talk about deterrence?", "deterrence", "stoltenberg-berlin-2023-vilnius-concept"),
    ("what have nato leaders said about 5g", "5g", None),
    ("has the alliance said anything about starlink", "starlink", None),
    ("what did nato say about ukraine", "ukraine", "stoltenberg-berlin-2023-private-companies"),
    ("who spoke about resilience", "resilience", "odobescu-hague-2024-constant-evolution"),
    ("who talked about facial recognition at the nato cyber conferences", "facial recognition", "stoltenberg-berlin-2023-china-exports"),
    ("did anyone talk about solidarity at the nato cyber events", "solidarity", None),
])
def test_a_collective_asker_gets_the_topic_s_quotes(bot, typed, topic, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and f" on {topic}" in reply.title and "quote by" not in reply.title, reply.title
    assert reply.items[0].type == "quote" and (first is None or reply.items[0].id == first), [i.id for i in reply.items]


@pytest.mark.parametrize(("typed", "event", "topic"), [
    ("everything said in berlin about china", "First annual NATO Cyber Defence Conference", "china"),
    ("anything said at the hague about unity", "NATO Cyber Defence Pledge Conference 2024", "unity"),
])
def test_everything_said_there_is_the_topic_s_quotes_there(bot, typed, event, topic):
    reply = bot.handle(Request(typed, user=typed))
    assert f"on {topic} at {event}" in reply.title and "quotes by" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("has nato ever said that cyberspace is a domain of operations?", "cyberspace-domain-of-operations-2016"),
    ("did the allies say cyber defence is part of collective defence", "wales-2014-enhanced-cyber-defence-policy"),
])
def test_a_position_claimed_of_the_alliance_is_its_decision(first_item, typed, first):
    assert first_item(typed) == first


@pytest.mark.parametrize(("typed", "named"), [
    ("what has nato said about ransomware", "ransomware"),
    ("what did nato say about the 2007 cyber attacks on estonia", "2007"),
])
def test_a_topic_the_knowledge_lacks_stays_a_miss(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and named in reply.title.lower(), reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("who talked about investment in cyber defence", "rutte-tirana-2025-stepping-up-investment"),  # "in cyber defence": no gathering
    ("who spoke about china in berlin", "stoltenberg-berlin-2023-china-values"),  # a city: the gathering held there
])
def test_who_talked_about_it_somewhere(first_item, typed, first):
    assert first_item(typed) == first
