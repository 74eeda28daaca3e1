"""A count typed before what it counts, as a spreadsheet heading is ("delegate count at X", "no. of co-hosts for X",
"count of quotes by X"): the count asked, never "no" read as an answer or a miss about the heading's words."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("no. of hosts for the rome 2022 pledge conf", "rome-pledge-conference-2022", "2 hosts"),
    ("co-host count for the 2024 pledge conference", "hague-pledge-conference-2024", "2 hosts"),
    ("attendee count at the hague pledge conference", "hague-pledge-conference-2024", "150 delegates"),
    ("count of quotes from stoltenberg", "jens-stoltenberg", "quotes by Jens Stoltenberg"),
    ("delegate total at the 2024 pledge conference", "hague-pledge-conference-2024", "150 delegates"),
])
def test_a_count_typed_first(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and says in reply.title, reply.title


@pytest.mark.parametrize(("typed", "says"), [
    ("how many quotes do you hold from the hague pledge conference", "2 quotes from NATO Cyber Defence Pledge Conference 2024"),
    ("how many russia-related quotes from berlin 2023", "from First annual NATO Cyber Defence Conference about russia"),
    ("how many quotes came out of the rome pledge conference", "2 quotes from NATO Cyber Defence Pledge Conference 2022"),
])
def test_quotes_counted_at_one_event(bot, typed, says):
    reply = bot.handle(Request(typed, user=typed))
    assert says in reply.title, reply.title
