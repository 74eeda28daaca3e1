"""Time between two entries when one side is the last answer's entry, someone's speech at a gathering, a decision told
as issued, or the day counted said once for both ("opening day to opening day"); "between" misspelt still counts."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("before", "typed", "first", "days"), [
    ("when was the tallinn pledge conference", "and days until the rome one?", "rome-pledge-conference-2022", "573 days"),
    ("when did the vilnius summit take place", "what about washington, gap in days", "washington-summit-2024", "364 days"),
    ("when was the hague pledge conference", "how many days to the washington summit from there", "washington-summit-2024", "54 days"),
    ("when was the wales summit", "how many days later was the warsaw summit", "warsaw-summit-2016", "673 days"),
])
def test_time_from_the_last_entry_to_one_named(bot, before, typed, first, days):
    bot.handle(Request(before, user=typed))
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == first and reply.title.startswith(days), reply.title


def test_later_he_spoke_is_the_place_he_spoke_next(bot):
    bot.handle(Request("who spoke at the paris pledge conference", user="later"))
    reply = bot.handle(Request("how many days later did he speak in london", user="later"))
    assert reply.items[0].id == "london-pledge-conference-2019" and reply.title.startswith("373 days"), reply.title


def test_how_long_after_taking_office_after_a_quote(bot):
    bot.handle(Request("who said 'we all stand together in this digital age'", user="office"))
    reply = bot.handle(Request("how many days after taking office was it", user="office"))
    assert reply.items[0].id == "mark-rutte" and "tirana-cyber-defence-conference-2025" in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize(("typed", "days"), [
    ("how many days from rutte's tirana address to the berlin conference", "700 days"),
    ("days between stoltenberg's rome speech and the hague pledge conference", "553 days"),
])
def test_someones_speech_is_the_day_they_spoke(bot, typed, days):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(days) and "spoke on" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "days"), [
    ("hague 2024 to tirana 2025, opening day to opening day, number of days", "511 days"),
    ("days betwen the wales summit and the warsaw summit", "673 days"),
    ("how many days beetween the pledge being released and the op-ed", "21 days"),
])
def test_the_day_counted_and_between_misspelt(bot, typed, days):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(days), reply.title
