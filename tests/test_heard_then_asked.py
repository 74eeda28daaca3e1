""""I heard X was held in <place>. When was it and who chaired?": the claim checked first (an honest miss where no such
gathering is recorded), never the date of another gathering."""

import pytest

from bot.answering.marked_answers import marked_check
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("asked", "claim"), [
    (["i heard pledge conference was held in canberra", "when was it and who chaired"], "is it true that pledge conference was held in canberra"),
    (["i heard a summit was held in sydney", "when was that and who hosted it"], "is it true that a summit was held in sydney"),
    (["i heard a summit was held in sydney", "when was that"], "is it true that a summit was held in sydney"),
    (["i heard a summit was held in sydney", "when was that and why"], None),
])
def test_marked_check(asked, claim):
    assert marked_check(asked) == claim


@pytest.mark.parametrize(("question", "miss", "word"), [
    ("I heard pledge conference was held in Canberra. When it was and who chaired?", True, "Canberra"),
    ("My notes say a pledge conference was in Ottawa. When was that and who opened it?", True, "Ottawa"),
    ("I heard the pledge conference was held in Rome. When was it and who hosted it?", False, "Yes"),
])
def test_the_claim_is_checked_first(bot, question, miss, word):
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) is miss and word in reply.title, reply.title
