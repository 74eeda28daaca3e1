"""A seed article named by a run of its title's words, however the rest is mumbled (topics/articles._names_title)."""


import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "source", "says"), [
    ("Who wrote that Hague article, 'Continuing NATO Cooperation' something something?", "src-hague-2024", "Roxana Stanica"),
    ("who wrote the article 'Continuing NATO Cooperation and blah blah'", "src-hague-2024", "Roxana Stanica"),
    ("who wrote the piece 'Time to raise our game'?", "src-oped-2016", "Jens Stoltenberg"),
    ("who published the 'what is nato doing about cyber attacks' article?", "src-rome-2022", "rmndigital"),
    ("who wrote the 'first in nato' article? my glasses are upstairs", "src-berlin-2023", "names no author"),
])
def test_an_article_named_by_its_title(bot, question, source, says):
    reply = bot.handle(Request(question, user=question))
    assert source in [i.id for i in reply.items] and says in reply.title, reply.title
