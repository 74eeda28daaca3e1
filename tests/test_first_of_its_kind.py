""""The first of its kind" claimed or asked of a gathering ("was the tirana conference the first of its kind?"): an
edition claimed, checked against its series as "the first one" is, never the gathering's card with no verdict."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "verdict", "first_held"), [
    ("was the tirana conference the first of its kind?", "No", "Berlin"),
    ("The Cyber Defence Conference in London was the first of its Kind, right?", "No", "Berlin"),
    ("was the rome pledge conference the first of its kind", "No", "Paris"),
    ("Berlin 2023 was the first of its kind?", "Yes", "edition 1"),
])
def test_first_of_its_kind_is_an_edition_checked(bot, typed, verdict, first_held):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(f"{verdict}:") and first_held in reply.title, reply.title
