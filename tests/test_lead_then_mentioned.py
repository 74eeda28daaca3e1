"""A learner's order for "did X mention Y at Z": the speaker and gathering first, then "he mentioned Y or no?"
("Rutte at Tirana conference - he named Russia directly or no?"): asked as what X said on Y there, an honest miss
where none of X's recorded lines there holds Y (mention_asks)."""

import pytest

from bot.answering.mention_asks import as_talked_about
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("text", "read"), [
    ("rutte at tirana conference he named russia directly or no", "did rutte talk about russia at tirana conference"),
    ("stoltenberg in berlin he mentioned china or not", "did stoltenberg talk about china in berlin"),
    ("odobescu at the hague she mentioned china or no", "did odobescu talk about china at the hague"),
    ("rutte at tirana he mentioned it", "rutte at tirana he mentioned it"),  # "it" points back: not a topic
])
def test_lead_then_mentioned_reads_as_did_x_talk_about_y(text, read):
    assert as_talked_about(text) == read


@pytest.mark.parametrize(("question", "first"), [
    ("Stoltenberg in Berlin - he mentioned China or not?", "stoltenberg-berlin-2023-china-values"),
    ("rutte in tirana, he mentioned investment?", "rutte-tirana-2025-stepping-up-investment"),
])
def test_a_line_on_the_topic_there_is_the_answer(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first, (question, reply.title)


def test_no_line_on_the_topic_there_is_an_honest_miss(bot):
    reply = bot.handle(Request("Odobescu at the Hague - she mentioned China or no?", user="o"))
    assert is_miss(reply) and "Odobescu" in reply.title
