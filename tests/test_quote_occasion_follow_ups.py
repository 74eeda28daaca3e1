"""After a quote, where and when it was said asked with a thanks before it or a preposition and a "when" after it
("Thanks. Which conference was that, and when?", "which event was this from?"): the quote's conference and day, never
a list of every conference or a search for "thanks"; and "what did X say? quote pls" asks X's words, not a topic
called "quote please"."""

import pytest

from bot.request import Request


def _after(bot, first, typed):
    bot.handle(Request(first, user=typed))
    return bot.handle(Request(typed, user=typed))


QUOTE = "give me the rutte quote about state and non-state actors"  # said in Tirana, by video


@pytest.mark.parametrize("typed", [
    "cheers! which event was this from?",
    "thank you. at which conference was that?",
    "so which meeting was that at?",
    "great - what event was that from, and when?",
    "ok thanks, which conference was it?",
])
def test_where_a_quote_was_said_after_it(bot, typed):
    reply = _after(bot, QUOTE, typed)
    assert reply.title == "Mark Rutte said it at NATO Cyber Defence Conference 2025 (Tirana, 9 October 2025)", reply.title


@pytest.mark.parametrize(("first", "typed", "quote"), [
    ("who hosted the hague conference in 2024?", "cool, and what did the dutch minister say? exact quote please", "ollongren-hague-2024-stand-together"),
    ("tell me about the rome 2022 conference", "what did stoltenberg say there? direct quote", "stoltenberg-rome-2022-contested-space"),
    ("who is luminita odobescu", "what did she say? word for word please", "odobescu-hague-2024-constant-evolution"),
])
def test_what_someone_said_asked_with_the_form_of_a_quote(bot, first, typed, quote):
    reply = _after(bot, first, typed)
    assert quote in [i.id for i in reply.items] and "No quote" not in reply.title, reply.title
