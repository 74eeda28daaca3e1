"""A claim, then a short clause asking whether it holds, in the words of English learned as a second language ("X was Y,
is correct?", "..., this is true?", "..., correct or no?"): the claim checked ("No: ..."), never a miss about the day."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "verdict", "said"), [
    ("the Tirana conference was 03.10.2025, is correct?", "No", "October 2025"),
    ("London 2024 conference was 25.11.2024, is true?", "Yes", "25 November 2024"),
    ("Hague pledge conference was 16-17.05.2024, is it correct?", "Yes", "16–17 May 2024"),
    ("Wales summit was 4 June 2014, it is true?", "No", "September 2014"),
    ("Paris pledge conference was 2019, this is true?", "No", "2018"),
    ("Berlin conference was 1 December 2023, correct or no?", "No", "9 November 2023"),
    ("Vilnius summit was 11 July 2023, is right?", "Yes", "July 2023"),
    ("the Rome conference was 9 November 2022, is that correct?", "Yes", "November 2022"),
])
def test_a_claim_then_is_correct_is_checked(bot, typed, verdict, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(f"{verdict}:") and said in reply.title, reply.title


@pytest.mark.parametrize("typed", [
    "which date is correct?", "is the headline correct?", "the Berlin conference, is it in your records?",
])
def test_a_question_about_correctness_is_no_claim(bot, typed):
    assert not bot.handle(Request(typed, user=typed)).title.startswith(("No:", "Yes:"))
