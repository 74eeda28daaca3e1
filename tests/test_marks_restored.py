"""A message typed with no marks, its lead or quoted words running on into the question ("ugh third call today who
hosted the tallinn pledge conference"): read again with the comma and question mark left out, never as one long name."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("ugh third call today who hosted the tallinn pledge conference", "tallinn-pledge-conference-2021", "Estonia"),
    ("quiz night question 3 which country hosted the 2024 pledge conference", "hague-pledge-conference-2024", "Netherlands"),
    ("homework due tomorrow what is the cyber defence pledge", "cyber-defence-pledge-2016", "Cyber Defence Pledge"),
    ("no one stands alone in nato who said it", "rutte-tirana-2025-no-one-stands-alone", "Mark Rutte"),
])
def test_a_question_after_a_lead_typed_with_no_marks(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == first and said in reply.title, reply.title


@pytest.mark.parametrize(("typed", "missed"), [
    ("the oslo pledge conference who hosted it", "Oslo"),
    ("which cyber pledge did nato agree in oslo", "oslo"),  # one question: not "which cyber pledge, did nato agree ...?"
    ("sorry been away who opened the 2030 conference in tirana", "2030"),
])
def test_what_the_knowledge_lacks_stays_an_honest_miss(bot, typed, missed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and missed in reply.title, reply.title
