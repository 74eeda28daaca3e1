"""Where an article's text comes from: original reporting, a re-edited release, a translation, a reprint
(topics/articles: the "origin" ask, answered from the article's own notes)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "source", "says"), [
    ("is the rome piece its own reporting or a rewrite of something?", "src-rome-2022", "release"),
    ("what was the rome article based on?", "src-rome-2022", "release"),
    ("how does the rome piece differ from the nato release?", "src-rome-2022", "illegal"),
    ("the rome article vs the nato release: what changed?", "src-rome-2022", "illegal"),
    ("was the berlin article translated from another language?", "src-berlin-2023", "translation"),
    ("berlin piece: english original, or translated?", "src-berlin-2023", "translation"),
    ("is the op-ed original to the parliament magazine or a reprint?", "src-oped-2016", "Defense News"),  # its own entry leads
    ("which outlet was the berlin article translated from?", "src-berlin-2023", "does not record"),
    ("is the tirana article original reporting?", "src-tirana-2025", "reproduction"),
])
def test_where_an_articles_text_comes_from(bot, question, source, says):
    reply = bot.handle(Request(question, user=question))
    ids = [i.id for i in reply.items]
    assert (ids[:1] == [source] or ids[:2] == ["stoltenberg-oped-2016", source]) and says in " ".join((reply.title, *(b.text for b in reply.blocks))), reply.title
