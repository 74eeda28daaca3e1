"""German's "es gab" / "gibt es" translated word by word ("gave it a pledge conference in 2025?", "gives it a platform
for malware?"): "was there", "is there" — never an "it" pointing back at the last answer's subject."""

import pytest

from bot.answering.verb_last import there_was
from bot.request import Request


@pytest.mark.parametrize(("first", "follow"), [
    ("Which pledge conference took place in 2023?", "And in 2025, gave it a Pledge Conference?"),
    ("when was the tirana conference?", "and gave it in 2017 a pledge conference?"),
])
def test_gave_it_after_an_answer_asks_was_there(bot, first, follow):
    user = f"gave-{follow}"
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(follow, user=user))
    assert reply.title.startswith("I have no Cyber Defence Pledge Conference in 20"), reply.title


@pytest.mark.parametrize(("normalised", "english"), [
    ("in 2025 gave it a pledge conference", "in 2025 was there a pledge conference"),
    ("why gave it in 2020 no pledge conference", "why was there in 2020 no pledge conference"),
    ("gives it at nato a platform for malware", "is there at nato a platform for malware"),
    ("who gave it", "who gave it"),
    ("can you give it to me", "can you give it to me"),
])
def test_there_was(normalised, english):
    assert there_was(normalised) == english
