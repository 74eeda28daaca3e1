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


@pytest.mark.parametrize(("text", "read"), [
    ("why they call berlin the first nato cyber defence conference if rome was already in 2022",
     "is it true that berlin was the first nato cyber defence conference"),
    ("why is the berlin conference called the first annual conference", "is it true that the berlin conference was the first annual conference"),
    ("why does the article call tirana the first cyber defence conference", "is it true that tirana was the first cyber defence conference"),
    ("why is berlin called the first", "why is berlin called the first"),  # no kind named: which series is asked
])
def test_why_called_the_first_is_the_claim_checked(text, read):
    assert why_started(text) == read


@pytest.mark.parametrize(("question", "word"), [
    ("why is Berlin called the first NATO cyber defence conference when Paris had one in 2018?", "Pledge Conferences had been held"),
    ("Why do they call Berlin 2023 the first cyber defence conference? Rome was in 2022", "Pledge Conferences had been held"),
    ("why is Tirana called the first NATO cyber defence conference?", "edition 3"),
])
def test_why_called_the_first_says_which_series_it_was_first_of(bot, question, word):
    reply = bot.handle(Request(question, user=question))
    assert word in reply.title, reply.title
