"""Two people's calls or statements set side by side ("X's ask in 2022 vs what Y said in 2025 about money"): each side's
own statements, in the year and city it names; never an Allied decision, never a side that names nobody."""

import datetime as dt

import pytest

from bot.answering.topics.statements_compared import answer_statements_compared
from bot.request import Request


@pytest.mark.parametrize("asked, ids", [
    ("Stoltenberg's ask in 2022 vs what Rutte said in 2025 about money - did it move? one sentence", ["rome-2022-call-to-recommit", "rutte-2025-cyber-investment"]),
    ("stoltenberg in rome vs rutte in tirana on investment", ["rome-2022-call-to-recommit", "rutte-2025-cyber-investment"]),
    ("rutte 2025 versus stoltenberg 2022 on cyber money", ["rutte-2025-cyber-investment", "rome-2022-call-to-recommit"]),
    ("what stoltenberg asked for in 2022 compared with what rutte said in 2025", ["rome-2022-call-to-recommit", "rutte-2025-cyber-investment"]),
])
def test_each_side_is_that_persons_statement(bot_9_november, asked, ids):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert [i.id for i in reply.items] == ids, reply.title


@pytest.mark.parametrize("asked", [
    "rome 2022 vs hague 2024",  # gatherings: comparisons.py
    "stoltenberg vs stoltenberg",
    "stoltenberg in 2022 vs ollongren in 2024",  # Ollongren made no statement the knowledge records as one
])
def test_no_side_by_side_without_two_people_s_statements(bot_9_november, asked):
    assert answer_statements_compared(bot_9_november.engine.lookup, asked, dt.date(2026, 11, 9)) is None


def test_two_people_alone_are_compared_as_people(bot_9_november):
    reply = bot_9_november.handle(Request("stoltenberg vs rutte", user="people"))
    assert {"jens-stoltenberg", "mark-rutte"} <= {i.id for i in reply.items}, reply.title
