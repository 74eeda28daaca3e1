"""A follow-up moving to the edition before or after, with a party asked ("and the year before, who spoke for the uk"):
the party at that edition (Pat McFadden for the UK in London 2024), not a miss for "a conference in 2024"."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("conversation", "named"), [
    (("who spoke at the tirana conference", "and the year before, who spoke for the uk"), "Pat McFadden"),
    (("when was the london cyber defence conference", "and the year after - who spoke for albania?"), "Edi Rama"),
    (("where was the 2025 cyber defence conference", "the edition before that, who was there from the uk"), "Pat McFadden"),
])
def test_the_party_at_the_neighbour_edition(bot, conversation, named):
    *before, asked = conversation
    for earlier in before:
        bot.handle(Request(earlier, user=asked))
    assert named in (title := bot.handle(Request(asked, user=asked)).title), title
