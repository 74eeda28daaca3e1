"""'The X article says Y. Was the article wrong?' checks Y, as 'is that right?' does."""

import pytest

from bot.answering.drafted_claims import IS_THAT_RIGHT
from bot.request import Request


@pytest.mark.parametrize("asked", [
    "was the article wrong", "was the article wrong or am i going soft in the head", "is the piece right",
    "did the article get it wrong", "was the headline mistaken", "is the report accurate or not",
])
def test_asks_whether_the_writing_is_right(asked):
    assert IS_THAT_RIGHT.match(asked)


@pytest.mark.parametrize("asked", ["was the article published in 2016", "who wrote the article", "is the article online"])
def test_other_questions_about_a_writing(asked):
    assert not IS_THAT_RIGHT.match(asked)


@pytest.mark.parametrize("message, entry, start", [
    ("The Berlin article says NATO organised its first cyber defence conference there. Was the article wrong, or am I going soft in the head?",
     "berlin-cyber-defence-conference-2023", "Only partly"),
    ("The Rome piece says the conference was on 9 and 10 November. Is the piece right?", "rome-pledge-conference-2022", "Yes"),
    ("The Tirana article says the conference was held in Durres. Was the article wrong?", "tirana-cyber-defence-conference-2025", "No"),
])
def test_the_claim_is_checked(bot, message, entry, start):
    reply = bot.handle(Request(message, user=message))
    assert reply.items[0].id == entry and reply.title.startswith(start), reply.title
