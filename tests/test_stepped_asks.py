"""Asks put as steps in order ("First tell me X, then give me Y, then Z"): each step answered in turn, "it" in a later
step standing for what an earlier one named, and a step asking a shape first ("one sentence on why ...") asked plainly."""

import pytest

from bot.answering.listed_asks import listed_questions
from bot.request import Request


@pytest.mark.parametrize(("typed", "steps"), [
    ("First, who hosted the Tallinn pledge conference? Then who spoke there?",
     ["who hosted the Tallinn pledge conference?", "who spoke at the Tallinn pledge conference?"]),
    ("please first tell me when the warsaw summit was, and then what was agreed there",
     ["tell me when the warsaw summit was", "what was agreed at the warsaw summit"]),
    ("firstly give me the date of the berlin conference; after that the host; finally the speakers",
     ["give me the date of the berlin conference", "the host", "the speakers"]),
])
def test_steps_are_split_in_order(typed, steps):
    assert listed_questions(typed) == steps


def test_each_step_is_answered(bot):
    typed = "First tell me when the Hague 2024 conference was, then give me Ollongren's quote from it, then one sentence on why it mattered"
    reply = bot.handle(Request(typed, user="u"))
    assert reply.title == "3 questions in your message, each answered" and "ollongren-hague-2024-stand-together" in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize("typed", ["first pledge conference, then the second one?", "when was the first conference"])
def test_a_first_that_is_no_step_is_one_question(typed):
    assert listed_questions(typed) == []
