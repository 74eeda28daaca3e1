"""Follow-ups and references a reporter leans on: a bare "who claimed responsibility?" after an attack, "his predecessor -
when did he leave the job?", an article named by its outlet spelt as words. Asked of the real bot, in conversations."""


import pytest

from adapters.text_render import render_text
from bot.answering.named_then_asked import named_first
from bot.request import Request
from tests.answers.scoring import is_miss


def _asked_after(bot, earlier: str, question: str, user: str):
    bot.handle(Request(earlier, user=user))
    return bot.handle(Request(question, user=user))


@pytest.mark.parametrize(("earlier", "question", "first", "word"), [
    ("what was the 2014 ddos on nato?", "who claimed responsibility?", "nato-websites-ddos-2014", "Berkut"),
    ("which attack does the op-ed mean by two years ago?", "which group claimed credit?", "nato-websites-ddos-2014", "Berkut"),
    ("who is the secretary general?", "and his predecessor - when did he leave the job?", "jens-stoltenberg", "2024"),
    ("who is the secretary general?", "and his predecessor - when did he take office?", "jens-stoltenberg", "2014"),
    ("who wrote the diplomatic affairs article?", "and when was her piece published?", "src-hague-2024", "May 2024"),
])
def test_a_follow_up_is_asked_of_what_the_conversation_is_about(bot, earlier, question, first, word):
    reply = _asked_after(bot, earlier, question, f"{earlier}>{question}")
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("question", "first"), [
    ("who claimed responsibility for the 2014 ddos attack on nato websites?", "nato-websites-ddos-2014"),
    ("which group claimed credit for the attack on nato's websites", "nato-websites-ddos-2014"),
    ("who wrote the diplomatic affairs article about the hague conference?", "roxana-stanica"),
    ("when was the diplomatic affairs piece published?", "src-hague-2024"),
])
def test_the_thing_asked_is_named_by_its_own_words(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first, (question, reply.title)


@pytest.mark.parametrize(("text", "asked"), [
    ("jens stoltenberg when did he leave the job", "when did jens stoltenberg leave the job"),
    ("Mark Rutte when did he take office", "when did Mark Rutte take office"),
    ("the conference when did he speak", "the conference when did he speak"),  # no name in front
])
def test_a_name_put_before_a_question_about_he_or_she_is_asked_of(text, asked):
    assert named_first(text) == asked


def test_an_example_of_where_to_look_does_not_stop_a_follow_up(bot):
    reply = _asked_after(bot, "give me the odobescu quote from the hague", "is that quote confirmed anywhere official, like the romanian mfa?", "mfa")
    assert not is_miss(reply) and reply.items[0].id == "odobescu-hague-2024-constant-evolution", reply.title


@pytest.mark.parametrize("question", [
    "what does the op-ed say about the new small headquarters in the east?",
    "in his 2016 op-ed stoltenberg mentions new small headquarters in the east. what is nato doing for them?",
])
def test_what_the_op_ed_says_of_the_eastern_headquarters_is_its_own_text(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "stoltenberg-oped-2016" and "protection" in render_text(reply), (question, reply.title)


@pytest.mark.parametrize(("text", "asked"), [
    ("Pledge conference of 2021 - where, and was it in person?", "where was Pledge conference of 2021, and was it in person"),
    ("rome pledge conference: when, and was it in person", "when was rome pledge conference, and was it in person"),
    ("the hague conference, when and where, and was it in the netherlands", "when and where was the hague conference, and was it in the netherlands"),
    ("the 2021 pledge conf - where was it held", "where was the 2021 pledge conf held"),  # one question: as before
])
def test_a_bare_when_or_where_then_a_question_about_it_asks_both_of_the_thing(text, asked):
    assert named_first(text) == asked
