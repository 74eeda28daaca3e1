"""When someone's time in a post ended, asked in the past tense without "did" ("when Stoltenberg stepped down as SG?") or
with a verb of ending and "as" ("when did he finish as secretary general?"): the day the term ended, never an entry
that merely mentions the person (uninverted, the "when did X stop being" route)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize("typed", [
    "when Stoltenberg stepped down as Secretary General?",
    "when Stoltenberg finished as NATO secretary general",
    "when did Stoltenberg stop as SG?",
    "when did Stoltenberg quit as secretary general?",
    "when Stoltenberg resigned as SG?",
    "when Stoltenberg ended as NATO chief?",
])
def test_the_end_of_a_term_asked_plainly_is_its_last_day(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == "jens-stoltenberg" and "1 October 2024" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "first"), [
    ("when the Berlin conference ended?", "berlin-cyber-defence-conference-2023"),
    ("when Rutte became secretary general?", "mark-rutte"),
])
def test_other_things_asked_plainly_are_left_to_their_routes(first_item, typed, first):
    assert first_item(typed) == first
