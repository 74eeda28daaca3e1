"""What a piece of writing says about something, asked any way round ("what does the op-ed say about X", "the op-ed,
what it says about X", "does the op-ed mention X", "anything about X in the op-ed"): the writing's own card when its
summary says it, never another entry that merely shares one of its sources (topics/writing_says)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("question", [
    "what does the 2016 op-ed say about ukraine?",
    "2016 op-ed of stoltenberg, what it says about ukraine?",
    "does the op-ed mention ukraine?",
    "did stoltenberg's oped talk about ukraine",
    "anything about ukraine in the op-ed?",
    "the raise our game piece, what does it say about ukraine",
])
def test_what_the_op_ed_says_on_a_topic_its_summary_holds_is_the_op_ed(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == "stoltenberg-oped-2016" and "hybrid" in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("question", "first"), [
    ("does the op-ed say anything about the rapid reaction teams", "cyber-rapid-reaction-teams"),
    ("what does the op-ed say about international law", "defensive-principles-2016"),
    ("did stoltenberg mention the malware platform in rome?", "malware-information-sharing-platform"),
])
def test_an_entry_the_op_ed_is_a_source_of_still_answers_its_own_topic(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first, (question, reply.title)
