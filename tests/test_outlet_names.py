"""Who wrote a piece: its outlet named with its run-together words apart ("diplomatic affairs" for
thediplomaticaffairs.com), or the piece named first and its author asked after ("the hague article - who wrote it?")."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("question, first", [
    ("who wrote the Diplomatic Affairs article on the Hague conference?", "roxana-stanica"),
    ("who wrote the diplomaticaffairs piece?", "roxana-stanica"),
    ("the diplomatic affairs piece - who is the author?", "roxana-stanica"),
    ("when did the diplomatic affairs piece come out?", "src-hague-2024"),
    ("who wrote the rmn digital article", "src-rome-2022"),  # no author recorded: the article, said so
    ("the hague article - who is the author?", "roxana-stanica"),
    ("the hague article, who wrote that?", "roxana-stanica"),
    ("'no one stands alone' - who wrote that?", "rutte-tirana-2025-no-one-stands-alone"),  # quoted words: who said them
])
def test_an_outlet_spelt_apart_names_its_article(bot_9_november, question, first):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
