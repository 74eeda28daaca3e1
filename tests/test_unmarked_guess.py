"""A guess typed after a whole question with no mark between ("where was the 2019 pledge conference held paris"):
checked as the guess it is, never taken for one more place or month the answer must meet. A place after a linking
word, or after a question that names no entry yet, is part of the question."""

import pytest

from bot.answering.unmarked_guess import guess_marked
from bot.request import Request


@pytest.mark.parametrize(("typed", "marked"), [
    ("where was the 2019 pledge conference held paris", "where was the 2019 pledge conference held? paris?"),
    ("which was the first pledge conference the hague", "which was the first pledge conference? the hague?"),
    ("When was the Berlin conference October", "When was the Berlin conference? October?"),
    ("who spoke at the pledge conference in london", "who spoke at the pledge conference in london"),  # where, after "in"
    ("who spoke at the pledge conference london", "who spoke at the pledge conference london"),  # no entry named before it
    ("when was the warsaw summit 2016", "when was the warsaw summit 2016"),  # a year names the edition
    ("where was the 2019 pledge conference held? paris?", "where was the 2019 pledge conference held? paris?"),
    ("what did rutte say about russia and china", "what did rutte say about russia and china"),
])
def test_a_trailing_guess_is_marked_off(typed, marked):
    assert guess_marked(typed) == marked


@pytest.mark.parametrize(("typed", "verdict", "right"), [
    ("where was the 2019 pledge conference held paris", "No:", "London"),
    ("which was the first annual cyber defence conference tirana", "No:", "Berlin"),
    ("who hosted the 2025 conference albania", "Yes:", "Albania"),
])
def test_the_guess_is_checked(bot, typed, verdict, right):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(verdict) and right in reply.title, reply.title


@pytest.mark.parametrize("typed", ["when was the berlin conference? march?", "the london pledge conference was in july?"])
def test_a_month_no_edition_was_held_in_is_named_in_the_miss(bot, typed):
    """Never "I have no conference in Berlin." of a conference the knowledge has: the month is what failed."""
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" or any(month in reply.title for month in ("March", "July")), reply.title
