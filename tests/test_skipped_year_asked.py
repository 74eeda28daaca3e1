"""A year's edition asked with its place ("pledge conference 2020 in tallinn, what happened with it?"): where no event
of that year fits but the series skipped it, what became of that edition (editions.skipped_in_year), not "no
conferences matching ..."; a year no note speaks of stays an honest miss."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize("question", [
    "pledge conference 2020 in Tallin, what happened with it?",
    "what happened with the 2020 pledge conference in tallinn",
    "the 2020 tallinn pledge conference - what happened?",
    "what happened to the tallinn conference in 2020",
    "tallinn pledge conference 2020 - what happened to it?",
])
def test_the_postponed_edition_asked_with_its_place_is_told_as_postponed(bot, question):
    reply = bot.handle(Request(question, user=question))
    text = render_text(reply)
    assert not is_miss(reply) and reply.items[0].id == "tallinn-pledge-conference-2021", (question, reply.title)
    assert "postponed" in text and "2021" in text, (question, text)


@pytest.mark.parametrize("question", [
    "what happened with the 2023 pledge conference",
    "what happened at the berlin conference in 2022",
])
def test_a_year_no_note_speaks_of_stays_a_miss(bot, question):
    assert is_miss(bot.handle(Request(question, user=question))), question
