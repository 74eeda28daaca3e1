"""A follow-up naming another year with a place guessed after it ("and the one in 2021? Tallinn?"): the last question
asked again of that year and place, the guess met or said first to be wrong; never a miss of "the one in 2021"."""

import pytest

from bot.answering.follow_up_guess import guess_joined
from bot.request import Request


@pytest.mark.parametrize(("typed", "joined"), [
    ("and the one in 2021? Tallinn?", "and the one in 2021, Tallinn?"),
    ("what about 2024? The Hague?", "what about 2024, The Hague?"),
    ("and the one in 2024? why?", "and the one in 2024? why?"),
    ("when was it? London?", "when was it? London?"),
])
def test_a_place_guessed_after_a_follow_up_is_joined_to_it(typed, joined):
    assert guess_joined(typed) == joined


@pytest.mark.parametrize(("earlier", "asked", "first", "says"), [
    ("who hosted the 2022 pledge conference?", "and the 2024 one? The Hague?", "hague-pledge-conference-2024", "Romania"),
    ("when was the Tirana conference 2025?", "what about 2024? London?", "london-cyber-defence-conference-2024", "25 November 2024"),
    ("who spoke at the 2023 conference?", "and in 2024? London?", "london-cyber-defence-conference-2024", "McFadden"),
    ("when was the london pledge conference 2019?", "and the one in 2021? Tallinn?", "tallinn-pledge-conference-2021", "April 2021"),
])
def test_the_last_question_is_asked_of_the_year_and_place(bot, earlier, asked, first, says):
    bot.handle(Request(earlier, user=earlier))
    reply = bot.handle(Request(asked, user=earlier))
    assert reply.items and reply.items[0].id == first and says in reply.title, (reply.title, [item.id for item in reply.items])


@pytest.mark.parametrize(("earlier", "asked", "place"), [
    ("who hosted the 2022 pledge conference?", "and the 2024 one? Brussels?", "Brussels"),
    ("when was the london pledge conference 2019?", "and the one in 2021? Riga?", "Riga"),
])
def test_a_wrong_guess_is_said_first(bot, earlier, asked, place):
    bot.handle(Request(earlier, user=earlier))
    reply = bot.handle(Request(asked, user=earlier))
    assert reply.title.startswith("I have no") and place in reply.title, reply.title
