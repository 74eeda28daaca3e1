"""What someone said on a topic, asked with the verbs a reporter uses ("mention", "discuss", "in his address"), and what a
gathering covered ("the main topics on the table"). Asked of the real bot; the answer table holds a few rows of each."""


import pytest

from adapters.text_render import render_text
from bot.answering.said_text import verb_as_topic
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("verb", "rest", "topic"), [
    ("mention", " investment in tirana", " in tirana about investment"),
    ("mentioned", " anything about china in berlin", " in berlin about china"),
    ("discuss", " 5g", " about 5g"),
    ("mention", " anything in tirana", " anything in tirana"),  # nothing named: no topic
    ("say", " in rome", " in rome"),
])
def test_the_object_of_a_topic_verb_is_what_the_line_is_about(verb, rest, topic):
    assert verb_as_topic(verb, rest) == topic


@pytest.mark.parametrize(("question", "first"), [
    ("did mark rutte mention investment in his tirana address?", "rutte-tirana-2025-stepping-up-investment"),
    ("did rutte say anything in his tirana address about allies spending more?", "rutte-tirana-2025-stepping-up-investment"),
    ("did stoltenberg mention china in berlin?", "stoltenberg-berlin-2023-china-values"),
    ("did stoltenberg discuss 5g in berlin", "stoltenberg-berlin-2023-digital-backbone"),
    ("has stoltenberg ever mentioned starlink?", "stoltenberg-berlin-2023-private-companies"),
    ("what did rutte say at the conference?", "rutte-tirana-2025-working-against-us"),  # the one he was quoted at
    ("what did odobescu say at the conference", "odobescu-hague-2024-constant-evolution"),
    ("what did ollongren say at the pledge conference", "ollongren-hague-2024-stand-together"),
])
def test_a_line_asked_by_what_it_mentions_or_where_it_was_said_is_that_line(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first, (question, reply.title)


@pytest.mark.parametrize(("question", "first"), [
    ("what were the main topics on the table during the two days in tirana?", "tirana-cyber-defence-conference-2025"),
    ("what topics were on the agenda in the hague?", "hague-pledge-conference-2024"),
    ("what was on the table at the rome conference", "rome-pledge-conference-2022"),
    ("what were the key issues at the berlin conference?", "berlin-cyber-defence-conference-2023"),
    ("what did they put on the table in tirana?", "tirana-cyber-defence-conference-2025"),
])
def test_what_a_gathering_covered_is_its_own_summary(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first, (question, reply.title)
    assert "covered" in reply.title or "topics" in reply.title or "theme" in render_text(reply)  # "Core topics were ...": said

