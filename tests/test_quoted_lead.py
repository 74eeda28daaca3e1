"""Quoted words named first, then a bare list of what is asked of them ("- who, when, where?", "who + where?",
"who when where"): who said them, where and when, never an entry that merely shares their words (quoted_lead)."""

import pytest

from bot.answering.quoted_lead import said_where_first
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "first", "title_words"), [
    ("'I call on Allies to recommit to cyber defence' - who, when, where?", "stoltenberg-rome-2022-recommit", ("Stoltenberg", "Rome")),
    ("'No one stands alone in NATO' - who, when, where?", "rutte-tirana-2025-no-one-stands-alone", ("Rutte", "Tirana")),
    ("'There is nothing immoral in defending our nations' who when where", "stoltenberg-berlin-2023-nothing-immoral", ("Stoltenberg", "Berlin")),
    ("“we must not repeat this mistake” — who + where?", "stoltenberg-berlin-2023-not-repeat-mistake", ("Stoltenberg", "Berlin")),
    ("'I call on allies to recommit': who and when?", "stoltenberg-rome-2022-recommit", ("Stoltenberg", "2022")),
])
def test_quoted_words_then_who_when_where_is_who_said_them_and_where(bot, question, first, title_words):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == first and all(w in reply.title for w in title_words), (question, reply.title)


@pytest.mark.parametrize("question", [
    "stoltenberg said 'no one stands alone' - who?",  # a speaker named: the claim is checked, not rewritten
    "'no one stands alone' said by who",
])
def test_a_lead_naming_more_than_the_words_is_left_as_typed(question):
    assert said_where_first(question) == question


def test_a_long_run_of_spaces_after_quoted_words_is_quick():
    import time

    started = time.perf_counter()
    said_where_first("'abc def' " + " " * 5000 + "zz")
    assert time.perf_counter() - started < 2.0
