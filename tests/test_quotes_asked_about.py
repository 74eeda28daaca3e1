"""A quote asked for by what the speaker did in it, claimed in other words, or asked what it answered or pointed back to."""

import pytest

from bot.answering.quote_where import as_what_said
from bot.request import Request


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("I need the exact quote where Stoltenberg told allies to recommit", "what did Stoltenberg say about allies to recommit"),
        ("give me the line when rutte says no one stands alone", "what did rutte say about no one stands alone"),
        ("what's the quote in which Baerbock talked about Russia", "what did Baerbock say about Russia"),
        ("the quote where he said that", "the quote where he said that"),  # a pronoun: the follow-up steps read it
        ("where was the quote about starlink said", "where was the quote about starlink said"),
    ],
)
def test_the_quote_where_someone_said_something(typed, asked):
    assert as_what_said(typed) == asked


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("I need the exact quote where Stoltenberg told allies to recommit to cyber defence in Rome, for a graphic", "stoltenberg-rome-2022-recommit"),
        ("find me the bit where Ollongren said we must stand together", "ollongren-hague-2024-stand-together"),
        ("the quote where Stoltenberg called cyber a contested space?", "stoltenberg-rome-2022-contested-space"),
        ("Is it true Stoltenberg called China an enemy in Germany?", "stoltenberg-berlin-2023-china-values"),
        ("is it true that stoltenberg described china as an enemy", "stoltenberg-berlin-2023-china-values"),
        ("was it true stoltenberg labelled china an enemy", "stoltenberg-berlin-2023-china-values"),
    ],
)
def test_a_quote_asked_in_other_words(bot_9_november, question, first):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(
    "question",
    [
        "Stoltenberg said 'we must not repeat this mistake' -- what mistake was he talking about??",
        "stoltenberg said 'we must not repeat this mistake'. what mistake was he talking about?",
        "so stoltenberg said 'we must not repeat this mistake', what mistake is he referring to?",
        "Stoltenberg said 'this mistake' in Berlin - what was he referring to?",
        "stoltenberg said 'we must not repeat this mistake' - what was he talking about?",
    ],
)
def test_what_this_noun_of_a_line_points_back_to(bot_9_november, question):
    reply = bot_9_november.handle(Request(question, user=question))
    assert "Russia" in reply.title and "China" in str(reply), reply.title


@pytest.mark.parametrize(
    "question",
    [
        "what did Stoltenberg say to folks who think it's unethical for companies to work with the military",
        "how did stoltenberg respond to anyone who thinks companies working with the military is unethical",
        "what did stoltenberg say to the naysayers who think private companies shouldn't help the military",
    ],
)
def test_what_a_speaker_answered_the_people_a_line_reports(bot_9_november, question):
    reply = bot_9_november.handle(Request(question, user=question))
    assert "stoltenberg-berlin-2023-nothing-immoral" in [item.id for item in reply.items], reply.title
