"""Someone's speech named first, then "give me a quote": what they said there, or the honest miss naming them."""

import pytest

from bot.answering.speech_then_quote import speech_then_quote
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("text", "read"), [
    ("Edi Rama's speech in Tirana, give me a quote please", "what did Edi Rama say in Tirana?"),
    ("rutte's address at tirana - can you send me a line?", "what did rutte say at tirana?"),
    ("Ollongren's opening speech at the Hague: give me the exact quote", "what did Ollongren say at the Hague?"),
    ("give me a quote please", "give me a quote please"),  # no speech named before
    ("Rutte's speech in Tirana, when was it?", "Rutte's speech in Tirana, when was it?"),
])
def test_a_speech_then_a_quote_asked(text, read):
    assert speech_then_quote(text) == read


@pytest.mark.parametrize(("asked", "first"), [
    ("Rutte's speech in Tirana, give me a quote please", "rutte-tirana-2025-working-against-us"),
    ("Ollongren's opening speech at the Hague - can you send me a line?", "ollongren-hague-2024-stand-together"),
])
def test_the_quote_is_theirs(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("asked", "name"), [
    ("Edi Rama's speech in Tirana, give me a quote please", "Edi Rama"),
    ("Baerbock's speech in Berlin, give me a quote", "Annalena Baerbock"),
])
def test_no_quote_recorded_is_a_miss_naming_them(bot, asked, name):
    reply = bot.handle(Request(asked, user=asked))
    assert is_miss(reply) and name in reply.title, reply.title
