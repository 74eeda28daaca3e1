"""Someone said something about a topic, then "which was the exact line?" (a learner's "which" for "what"): their words on
that topic, never a quote that merely holds the word "line"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "said"), [
    ("Rutte talked about investment in cyber defence, which was the exact line?", "rutte-tirana-2025-stepping-up-investment"),
    ("Rutte said something about investing more, which was the quote?", "rutte-tirana-2025-stepping-up-investment"),
    ("Stoltenberg said something about China in Berlin. which were the exact words?", "stoltenberg-berlin-2023-china-values"),
    ("Ollongren said something about standing together, which was the sentence exactly?", "ollongren-hague-2024-stand-together"),
])
def test_which_was_the_line_asks_their_words(bot, typed, said):
    reply = bot.handle(Request(typed, user=typed))
    assert said in [i.id for i in reply.items][:4], (reply.title, [i.id for i in reply.items])
    assert "which was" not in reply.title.lower(), reply.title
