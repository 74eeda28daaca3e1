"""A line remembered only by its gist, in everyday words ("as bad as bombs", "nobody is alone in nato", "hard to pin on
anyone"), asked who said it: the speaker's line that holds it, told as the closest words, never as
said word for word; a gist no line holds stays a miss."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote"), [
    ("who said cyber attacks are as bad as bombs", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("whose line was it that cyber attacks can be as bad as missiles", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("who said nobody is alone in nato", "rutte-tirana-2025-no-one-stands-alone"),
    ("whose quote was it that nobody stands alone in the alliance", "rutte-tirana-2025-no-one-stands-alone"),
    ("who said the thing about cyber being a permanent battleground between peace crisis and conflict", "stoltenberg-rome-2022-contested-space"),
    ("who said most of these attacks are tough to spot and hard to pin on anyone", "stoltenberg-berlin-2023-vilnius-concept"),
    ("who had the line about cybersecurity always having to evolve, teamwork as the cornerstone", "odobescu-hague-2024-constant-evolution"),
    ("who said there is nothing immoral about defending our countries", "stoltenberg-berlin-2023-nothing-immoral"),
])
def test_a_gist_finds_its_line(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == quote, (reply.title, [i.id for i in reply.items])
    assert "said it" not in reply.title, reply.title  # close words, never put in the speaker's mouth


@pytest.mark.parametrize("typed", [
    "who said cyber is the new oil",
    "who compared hacking to the weather",
    "who said the thing about quantum computers breaking encryption",
])
def test_a_gist_no_line_holds_stays_a_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" or not reply.items or reply.items[0].type != "quote", (reply.title, [i.id for i in reply.items])
