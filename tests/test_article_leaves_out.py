"""Who an article leaves out, asked with the article's short list in the remark ("the article only mentions the two
ministers"), is answered by the question's own route, not the article's entry (bot.answering.topics.article_scope)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "person"), [
    ("which NATO official spoke at The Hague conf?? article only mentions the two ministers", "mircea-geoana"),
    ("which nato official was at the hague? the piece only names ollongren and odobescu", "mircea-geoana"),
    ("who spoke for NATO in The Hague - the article only quotes the ministers", "mircea-geoana"),
    ("who else spoke in Rome? the article only names Stoltenberg", "edmondo-cirielli"),
])
def test_who_the_article_leaves_out_is_answered(bot, question, person):
    reply = bot.handle(Request(question, user="article-leaves-out"))
    assert person in [i.id for i in reply.items], (reply.title, [i.id for i in reply.items])
