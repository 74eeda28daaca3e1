"""Two neighbouring letters typed the other way round in an ordinary word ("responsbile", "knowlegde", "dteails",
"yetserday", "sumimts"), the commonest slip of fast typing: mended into the one known word it makes, never read as a
name the knowledge lacks. Found by swapping two letters of one long word in every public-table row: 531 of 4,285
answers changed for the worse before, 281 after (most of the rest were already misspelt rows, now with two slips)."""

import pytest

from bot.answering.spelling import transposed
from bot.request import Request

KNOWN = frozenset("details responsible knowledge yesterday summits from form".split())


@pytest.mark.parametrize(("typed", "mended"), [
    ("dteails", "details"), ("responsbile", "responsible"), ("knowlegde", "knowledge"), ("yetserday", "yesterday"),
    ("sumimts", "summits"),
    ("form", None),  # a short word: "from" and "form" are both words
    ("summits", None),  # a word already: no other word it could be swapped into
    ("zzzzz", None),
])
def test_one_swap_makes_one_known_word(typed, mended):
    assert transposed(typed, KNOWN.__contains__) == mended


@pytest.mark.parametrize(("typed", "first"), [
    ("who was responsbile for the 2014 attack on nato", "nato-websites-ddos-2014"),
    ("nicc dteails", "nato-integrated-cyber-defence-centre"),
    ("which summits are in the knowlegde", "washington-summit-2024"),
])
def test_questions_with_a_swapped_word_are_answered(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind in ("answer", "list") and reply.items[0].id == first, reply.title
