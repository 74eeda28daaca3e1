"""A follow-up picking an entry of the list just shown by its place (bot/answering/list_picks.py)."""

import pytest

from bot.answering.list_picks import picked_from_list
from bot.reply import ItemRef
from bot.service import Bot

LISTED = (ItemRef("event", "london-cyber-defence-conference-2024"), ItemRef("event", "washington-summit-2024"),
          ItemRef("event", "hague-pledge-conference-2024"))


@pytest.fixture(scope="module")
def lookup():
    return Bot.from_path(None).engine.lookup


@pytest.mark.parametrize(("text", "expected"), [
    ("tell me more about the second one", "tell me more about NATO Washington Summit 2024"),
    ("the last one, who hosted it?", "who hosted NATO Cyber Defence Pledge Conference 2024"),
    ("number 1", "NATO Cyber Defence Conference 2024"),
    ("the 3rd item on the list", "NATO Cyber Defence Pledge Conference 2024"),
])
def test_an_entry_is_picked_by_its_place(lookup, text, expected):
    assert picked_from_list(lookup, text, LISTED) == expected


@pytest.mark.parametrize("text", [
    "the fourth one",  # no such place
    "when was the second pledge conference",  # an edition, not a place in the list
    "who hosted it",
])
def test_no_pick_is_made_up(lookup, text):
    assert picked_from_list(lookup, text, LISTED) is None


def test_a_single_entry_is_no_list(lookup):
    assert picked_from_list(lookup, "the first one", LISTED[:1]) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("which one was the first", "NATO Cyber Defence Pledge Conference 2024"),  # the earliest in time, not the first shown
    ("and which of them came last?", "NATO Cyber Defence Conference 2024"),
])
def test_an_order_in_time_among_the_events_listed(lookup, text, expected):
    assert picked_from_list(lookup, text, LISTED) == expected
