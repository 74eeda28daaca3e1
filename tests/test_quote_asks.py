""""Was there a quote from X (too)?" asks for X's quotes, as "is there a quote from X" does (topics/asked, topics/questions)."""


import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "first"), [
    ("was there a quote from rutte", "rutte-tirana-2025-working-against-us"),
    ("is there a quote from rutte too", "rutte-tirana-2025-working-against-us"),
    ("was there a quote from the romanian foreign minister", "odobescu-hague-2024-constant-evolution"),
    ("And the Dutch defence minister, was there a quote from her too? Something about standing together", "ollongren-hague-2024-stand-together"),
    ("was there a quote from odobescu as well?", "odobescu-hague-2024-constant-evolution"),
])
def test_was_there_a_quote_from_someone(bot, question, first):
    reply = bot.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title


def test_was_there_a_quote_from_someone_never_quoted_is_a_miss(bot):
    assert bot.handle(Request("were there any quotes from baerbock?")).title.startswith("There is no quote by Annalena Baerbock")
