"""Why a series, body or pledge was started: what it is (its entry says what it is for), not when it began."""

import pytest

from bot.answering.why_started import why_started
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("text", "read"), [
    ("why was the nato cyber defence conference series started", "what is the nato cyber defence conference series"),
    ("why annual nato cyber defence conference was started", "what is annual nato cyber defence conference"),
    ("why did nato create the nicc", "what is the nicc"),
    ("why was the pledge made in the first place", "what is the pledge"),
    ("why did rutte speak by video", "why did rutte speak by video"),  # no founding asked
    ("when was the nicc created", "when was the nicc created"),
])
def test_why_started(text, read):
    assert why_started(text) == read


@pytest.mark.parametrize(("question", "first", "word"), [
    ("Why annual NATO Cyber Defence Conference was started? Which summit decided it?", "nato-cyber-defence-conference-series", "Vilnius"),
    ("Why did NATO create the NICC?", "nato-integrated-cyber-defence-centre", "civil and military"),
])
def test_why_started_is_answered_by_the_entry(bot, question, first, word):
    from adapters.text_render import render_text

    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), reply.title


@pytest.mark.parametrize(("question", "first", "word"), [
    ("What were core topics of two-day discussions in Tirana?", "tirana-cyber-defence-conference-2025", "private"),
    ("What were the main subjects of the Rome conference?", "rome-pledge-conference-2022", "Rome"),
    ("what were the topics at the hague pledge conference", "hague-pledge-conference-2024", "Hague"),
])
def test_the_topics_of_a_gathering_are_what_was_discussed_there(bot, question, first, word):
    from adapters.text_render import render_text

    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), reply.title
