"""Words describing a quote listed with commas ("an exact, verbatim quote") split no clause (quote_adjectives)."""

import pytest

from bot.answering.quote_adjectives import joined_adjectives
from bot.request import Request


@pytest.mark.parametrize(("text", "joined"), [
    ("can you give me an exact, verbatim quote from baerbock?", "can you give me an exact verbatim quote from baerbock?"),
    ("a short, punchy, quotable line from rutte", "a short punchy quotable line from rutte"),
    ("the full, exact words of stoltenberg", "the full exact words of stoltenberg"),
    ("when was it, exactly?", "when was it, exactly?"),
    ("rutte, stoltenberg: who said it?", "rutte, stoltenberg: who said it?"),
    ("", ""),
])
def test_commas_between_describing_words_go(text, joined):
    assert joined_adjectives(text) == joined


@pytest.mark.parametrize(("question", "says"), [
    ("Can you give me an exact, verbatim quote from Baerbock's speech in Berlin?", "Baerbock"),
    ("I'd like a direct, word-for-word line from McFadden in London", "McFadden"),
])
def test_a_speaker_never_quoted_is_an_honest_miss(bot, question, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.title.startswith("There is no quote") and says in reply.title, reply.title
