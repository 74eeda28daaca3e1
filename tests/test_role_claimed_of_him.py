"""'Wasn't he the Belgian prime minister?' claims a role of someone named before: checked of him, never read as
'the Belgian prime minister' asked for (which the knowledge lacks)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize("message, entry, words", [
    ("What did Rutte do before NATO? Wasn't he the Belgian prime minister? Put me straight, which country was he prime minister of?",
     "mark-rutte", ["Netherlands"]),
    ("Rutte, wasn't he the Danish prime minister once?", "mark-rutte", ["Netherlands"]),
    ("Tell me about Ollongren. Was she the Belgian defence minister?", "kajsa-ollongren", ["Netherlands"]),
    ("Cirielli spoke in Rome. Was he the French foreign minister?", "edmondo-cirielli", ["Ital"]),
])
def test_the_role_is_checked_of_the_one_named(bot, message, entry, words):
    reply = bot.handle(Request(message, user=message))
    text = render_text(reply)
    assert reply.items and reply.items[0].id == entry and all(w in text for w in words), reply.title
