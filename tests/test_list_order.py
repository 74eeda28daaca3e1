"""A list asked in an order ("all summits in chronological order", "sort the summits by date", "conferences, oldest
first", "from first to last"): oldest first, as asked; lists are newest first otherwise. Before, the order words were
dropped as chatter and the list came newest first; "sort all the nato summits you have chronologically" was a quote
search ("Quote with 'sort all the nato summits'")."""

import pytest

from bot.request import Request

SUMMITS_OLDEST_FIRST = ["wales-summit-2014", "warsaw-summit-2016", "vilnius-summit-2023", "washington-summit-2024"]


@pytest.mark.parametrize("typed", [
    "all summits in chronological order",
    "sort all the NATO summits you have chronologically",
    "list the summits oldest first",
    "list the nato summits from first to last",
    "summits by date please",
])
def test_a_list_asked_oldest_first_is_oldest_first(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [item.id for item in reply.items] == SUMMITS_OLDEST_FIRST, reply.title


@pytest.mark.parametrize("typed", ["list all the summits", "list the summits newest first"])
def test_a_list_is_newest_first_otherwise(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [item.id for item in reply.items] == SUMMITS_OLDEST_FIRST[::-1], reply.title
