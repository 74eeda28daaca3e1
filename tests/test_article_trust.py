"""An article described in a lead, then asked whether "it" can be trusted or is a translation ("the article about
berlin has quotes with broken quotation marks, it is translation? can i trust it"): the article's card and what the
knowledge notes of it, not a note on one of its quotes nor the lead's defect read as the subject
(article_pronoun, named_then_asked, topics/articles.answer_article_trusted)."""

import pytest

from adapters.text_render import render_text
from bot.answering.article_pronoun import it_as_article, writing_subject
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "source"), [
    ("the article about Berlin has quotes with broken quotation marks, it is translation? can I trust it", "src-berlin-2023"),
    ("the berlin article has typos, is it machine translated?", "src-berlin-2023"),
    ("the Berlin article has weird quote marks - is it reliable?", "src-berlin-2023"),
    ("the hague article has no date - can I trust it?", "src-hague-2024"),
    ("is the article about berlin a translation?", "src-berlin-2023"),
])
def test_an_article_asked_to_be_trusted_is_that_article(bot, question, source):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and source in [i.id for i in reply.items[:2]], (question, reply.title)


def test_the_berlin_article_is_told_as_a_translation(bot):
    reply = bot.handle(Request("the berlin article has typos, is it machine translated?", user="t"))
    assert "translation" in render_text(reply)


@pytest.mark.parametrize(("question", "leads", "read"), [
    ("is it translation", ["the article about berlin has quotes with broken quotation marks"], "is the article about berlin translation"),
    ("is it reliable", ["the berlin article has weird quote marks"], "is the berlin article reliable"),
    ("when was it held", ["the hague article has no date"], "when was it held"),
])
def test_it_is_the_article_only_when_trust_is_asked(question, leads, read):
    assert it_as_article(question, leads) == read


@pytest.mark.parametrize(("lead", "subject"), [
    ("the Berlin article has weird quote marks", "the Berlin article"),
    ("the rome piece says 9 november", "the rome piece says 9 november"),  # a claim of the piece, checked as such
    ("the tirana conference", "the tirana conference"),
])
def test_a_lead_saying_what_a_writing_has_is_that_writing(lead, subject):
    assert writing_subject(lead) == subject
