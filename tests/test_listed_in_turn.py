"""A numbered list whose later items only ask ("1) who said X 2) what occasion 3) date"): each such item asked of what
the answer before it led with (the quote, the event), never alone ("date" of nothing)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("1) who said no one stands alone in nato 2) what occasion 3) date", "rutte-tirana-2025-no-one-stands-alone", ["Tirana, 9 October 2025"]),
    ("1) what is the nicc\n2) where based\n3) when agreed", "nato-integrated-cyber-defence-centre", ["Mons", "10 July 2024"]),
    ("1) who opened the berlin conference 2) date 3) venue", "berlin-cyber-defence-conference-2023", ["Baerbock", "9 November 2023", "Berlin"]),
])
def test_a_bare_item_asks_of_the_answer_before(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    rendered = " ".join([reply.title, *(str(b.text) for b in reply.blocks)])
    assert reply.title.startswith("3 questions") and reply.items[0].id == first and all(w in rendered for w in says), rendered
