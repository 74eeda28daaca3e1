"""The first sentence (line, words) someone said at a gathering, asked with the verb after the speaker ("first sentence
stoltenberg say in berlin") or with how they welcomed people after it: their opening words there, never a search for
"first sentence"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("what was the first sentence stoltenberg said in berlin", "stoltenberg-berlin-2023-welcome"),
    ("first words odobescu say in the hague", "odobescu-hague-2024-constant-evolution"),
    ("the first line Stoltenberg said in Berlin - how did he greet everyone?", "stoltenberg-berlin-2023-welcome"),
])
def test_the_opening_words_there(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first, reply.title
