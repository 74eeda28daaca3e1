"""Someone said something about a topic, then "how did the rest of it go?": their line on that topic; and a person
named with what they were doing ("Minister X welcoming everyone alongside Y") is the one "she" or "he" stands for."""

import pytest

from bot.answering.said_something import said_something
from bot.request import Request


@pytest.mark.parametrize("lead, question, asked", [
    ("odobescu at the hague said something about a dynamic field", "how did the rest of her remark go",
     "what did odobescu say about a dynamic field in the hague"),
    ("stoltenberg said something about starlink in berlin", "what was the full quote", "what did stoltenberg say about starlink in berlin"),
    ("rutte said something about spending", "how did it go", "what did rutte say about spending"),
    ("ollongren said something about standing together", "what was the rest of that line", "what did ollongren say about standing together"),
    ("rutte said something about spending", "how did the conference go", None),
])
def test_the_rest_of_what_was_said(lead, question, asked):
    assert said_something([lead], question) == asked


@pytest.mark.parametrize("message, entry", [
    ("The Romanian foreign minister at The Hague said something about cybersecurity being a dynamic field. How did the rest of her remark go?",
     "odobescu-hague-2024-constant-evolution"),
    ("Rutte at Tirana said something about spending. How did it go?", "rutte-tirana-2025-stepping-up-investment"),
    ("Stoltenberg said something about Starlink in Berlin. What was the full quote?", "stoltenberg-berlin-2023-private-companies"),
    ("The Berlin piece mentions a Minister Baerbock welcoming everyone alongside Stoltenberg. What was her first name?", "annalena-baerbock"),
    ("The Rome piece has Cirielli greeting guests alongside Stoltenberg. What was his post?", "edmondo-cirielli"),
])
def test_the_one_asked_of(bot, message, entry):
    reply = bot.handle(Request(message, user=message))
    assert reply.items and reply.items[0].id == entry, reply.title


@pytest.mark.parametrize(("typed", "entry"), [
    ("what did rutte say next?", "rutte-tirana-2025-stand-together"),  # the speaker named: still the rest of his line
    ("how does it end?", "rutte-tirana-2025-stand-together"),
    ("when did stoltenberg's tenure end", "jens-stoltenberg"),  # another person's end: no rest of the line
    ("rutte's years as secretary general - start and end dates", "mark-rutte"),  # "end dates": no rest of the line
])
def test_the_rest_of_the_line_is_asked_only_of_that_line(conversation, typed, entry):
    reply = conversation("who said no one stands alone", typed)
    assert reply.items and reply.items[0].id == entry, reply.title
