"""A gathering named by its place on a day or month it was not held ("the vilnius summit on 11-12 august 2023", "the hague
pledge conference in october 2024"): the miss said first, then when the one held there was and what was asked of it;
a wrong year, or only whether there was one, stays the plain miss. Also "which ministers co-hosted X": who hosted it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "miss", "then"), [
    ("what did allies decide at the vilnius summit in august 2023?", "I have no summit in Vilnius in August 2023", "11–12 July 2023"),
    ("who spoke at the tirana conference in may 2025?", "I have no conference in Tirana in May 2025", "9–10 October 2025"),
    ("who hosted the rome pledge conference in march 2022?", "I have no Cyber Defence Pledge Conference in Rome in March 2022", "9–10 November 2022"),
    ("which officials co-hosted the hague pledge conference in october 2024?", "in The Hague in October 2024", "16–17 May 2024"),
])
def test_the_miss_then_the_one_held_there(bot, typed, miss, then):
    title = bot.handle(Request(typed, user=typed)).title
    assert title.startswith("I have no") and miss in title and then in title.split(";", 1)[1], title


@pytest.mark.parametrize("typed", [
    "who opened the berlin conference in november 2022?",  # the year may be the slip, or the place
    "was there a summit in vilnius in august 2023?",  # whether there was one: none
])
def test_a_wrong_year_or_whether_stays_the_plain_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("I have no") and ";" not in reply.title, reply.title


@pytest.mark.parametrize(("typed", "hosts"), [
    ("which ministers co-hosted the hague conference?", "the Netherlands and Romania"),
    ("which ministers hosted the rome conference?", "Italy, the United States"),
])
def test_which_ministers_hosted_is_who_hosted(bot, typed, hosts):
    title = bot.handle(Request(typed, user=typed)).title
    assert hosts in title, title


def test_a_decision_asked_of_a_summit_in_a_month_it_was_not_held_names_that_month(bot):
    title = bot.handle(Request("what came out of the warsaw summit in june 2016?", user="u")).title
    assert title == "I have no summit in Warsaw in June 2016.", title  # never "no summit in Warsaw in 2016"
