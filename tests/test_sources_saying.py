"""Which article or source says something: the sources behind the entry holding the words, led by those whose own
note says it; "which article" names the seed articles only (topics/sources_saying)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "leads", "has"), [
    ("which of your articles says cyber attacks could trigger article 5?", "src-berlin-2023", ()),
    ("which article mentions the integrated cyber defence centre?", "src-tirana-2025", ()),
    ("what sources talk about the ddos on nato websites?", "src-oped-2016", ("ref-reuters-nato-websites-2014",)),
    ("which sources mention the cyber defence pledge? all of them", None, ("src-rome-2022", "src-oped-2016")),
    ("which source calls rome the fourth pledge conference?", "ref-formiche-rome-2022", ("src-rome-2022",)),
    ("which piece reports the rapid reaction teams?", "src-oped-2016", ()),
])
def test_the_sources_that_say_it(bot, question, leads, has):
    reply = bot.handle(Request(question, user=question))
    ids = [i.id for i in reply.items]
    assert (leads is None or ids[:1] == [leads]) and set(has) <= set(ids), (reply.title, ids)


def test_an_article_asked_for_is_a_seed_article(bot):
    reply = bot.handle(Request("which article mentions the integrated cyber defence centre?", user="nicc"))
    assert all(not i.id.startswith("ref-") for i in reply.items)
