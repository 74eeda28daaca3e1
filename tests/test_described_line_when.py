"""A line named by a few of its words between "the" and "line/quote/bit" ("the contested space line", "the as-bad-as-bombs
quote"), asked when or where it was said, with or without its speaker: the line, with its gathering and day (a gist held
in other words only as the closest words); a line nobody said stays a miss."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote", "said"), [
    ("when did odobescu say the constant evolution bit", "odobescu-hague-2024-constant-evolution", "May 2024"),
    ("where did stoltenberg say the one for all and all for one stuff", "stoltenberg-berlin-2023-one-for-all", "Berlin"),
    ("when did rutte do that no one stands alone line", "rutte-tirana-2025-no-one-stands-alone", "9 October 2025"),
    ("when exactly did stoltenberg do the recommit to cyber defence line? date pls", "stoltenberg-rome-2022-recommit", "10 November 2022"),
    ("when was the contested space quote", "stoltenberg-rome-2022-contested-space", "10 November 2022"),
    ("the facial recognition line - when was that?", "stoltenberg-berlin-2023-china-exports", "9 November 2023"),
    ("when was the nobody is alone in nato line said", "rutte-tirana-2025-no-one-stands-alone", "Tirana"),
    ("when did ollongren say the stand together stuff", "ollongren-hague-2024-stand-together", "May 2024"),
    ("when did ollongren say that stand together bit", "ollongren-hague-2024-stand-together", "May 2024"),
    ("where did rutte say the no one stands alone thing", "rutte-tirana-2025-no-one-stands-alone", "Tirana"),
])
def test_when_a_described_line_was_said(bot, typed, quote, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == quote and said in reply.title, (reply.title, [i.id for i in reply.items])


def test_a_gist_is_told_as_the_closest_words(bot):
    reply = bot.handle(Request("that as bad as bombs quote - when was it", user="u"))
    assert reply.items[0].id == "stoltenberg-berlin-2023-as-dangerous-as-kinetic", reply.title
    assert reply.title.startswith("The closest words are by Jens Stoltenberg") and "Berlin" in reply.title, reply.title


@pytest.mark.parametrize("typed", ["when was the cyber is the new oil quote", "when did stoltenberg do the nuclear weapons line"])
def test_a_line_nobody_said_stays_a_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found", reply.title
