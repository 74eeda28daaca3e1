"""A question wrapped in words put to the bot or to the room ("can you tell me ...", "do you know ...", "i was wondering,
...", "so who ...", "... anyone know?", "..., any idea?"): answered as if asked alone, commands included. Found by asking
every public-table row again so wrapped: "can you tell me" 429, "do you know" 390, "i was wondering," 317, "so" 316,
"anyone know?" 1,114 and " lol" after 256 of some 4,800 answers changed for the worse before; 1-15 each after. An
introduction first ("hi, i'm writing a piece on nato. "), "quick question about nato: " and "sorry if this is a dumb
question but ": 716, 707 and 417 before, 5 each after."""

import pytest

from bot.answering.addressing import without_address
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("can you tell me who hosted the rome conference", "who hosted the rome conference"),
    ("could you please remind me, when was the berlin conference?", "when was the berlin conference?"),
    ("do you happen to know where the 2019 pledge conference was", "where the 2019 pledge conference was"),
    ("does anyone here know which summit agreed the nicc", "which summit agreed the nicc"),
    ("i was wondering, did rutte attend tirana in person?", "did rutte attend tirana in person?"),
    ("ok so um who opened the hague conference", "who opened the hague conference"),
    ("can you tell me the hosts of rome", "the hosts of rome"),
    ("can you tell me quotes by rutte", "quotes by rutte"),  # a command
    ("tell me Luminita Odobescu's job", "tell me Luminita Odobescu's job"),  # a request of its own ("role_requests")
    ("tell me who hosted rome", "who hosted rome"),
    ("who hosted rome anyone know?", "who hosted rome?"),
    ("when was the wales summit, any idea?", "when was the wales summit?"),
    ("where was the 2021 conference? does anybody remember", "where was the 2021 conference?"),
    ("did rutte meet anyone", "did rutte meet anyone"),  # people met: no mark before "anyone"
    ("so the tirana conference was in november?", "so the tirana conference was in november?"),  # a claim (``claims``)
    ("tell me about the nicc", "tell me about the nicc"),  # a request of its own
    ("tell me more", "tell me more"),
    ("well known fact", "well known fact"),
    ("so what?", "so what?"),
    ("pls who opened the hague conference", "who opened the hague conference"),
    ("what did ollongren say lol", "what did ollongren say"),
    ("who represented nato at the conference? haha", "who represented nato at the conference?"),
    ("events 2024 tbh", "events 2024"),
    ("lol", "lol"),  # nothing but the particle: answered whole
    ("what does fr mean", "what does fr mean"),  # not typed last after the question
    ("hi, i'm preparing a briefing on cyber. quotes rutte", "quotes rutte"),
    ("my name is sam. events 2024", "events 2024"),
    ("quick question about nato's cyber policy: pledges", "pledges"),
    ("question about the pledge: when was it agreed", "question about the pledge: when was it agreed"),  # names the subject
    ("sorry if this is a silly question but sources tirana", "sources tirana"),
    ("out of curiosity, who hosted rome", "who hosted rome"),
    ("i am sure the pledge was in 2016. correct?", "i am sure the pledge was in 2016. correct?"),  # a claim, not about the asker
])
def test_the_wrapping_is_dropped(typed, read):
    assert without_address(typed) == read


@pytest.mark.parametrize(("typed", "first"), [
    ("can you tell me quotes by rutte", "mark-rutte"),
    ("do you know when the tallinn pledge conference was", "tallinn-pledge-conference-2021"),
    ("so was the london pledge conference before the warsaw summit?", "london-pledge-conference-2019"),
    ("who opened the berlin conference, anyone know?", "berlin-cyber-defence-conference-2023"),
    ("about the nicc", "nato-integrated-cyber-defence-centre"),  # "about" with words: them, not the bot
])
def test_a_wrapped_question_is_answered_as_asked_alone(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind in ("answer", "list") and first in [item.id for item in reply.items], reply.title


@pytest.mark.parametrize("typed", ["tell me what you can do", "can you tell me who you are", "about you", "about"])
def test_asked_what_the_bot_is_in_other_words(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(("Hello!", "About cyberbot")), reply.title


def test_a_place_before_a_gathering_after_about_is_where(bot):
    reply = bot.handle(Request("tell me about oslo conference", user="u"))  # not the Rome conference
    assert reply.kind == "not_found" and reply.title == "I have no conference in Oslo.", reply.title
