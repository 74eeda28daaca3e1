"""A role claimed to have been taken up at a time ("rutte only took over as sg in january 2025, didn't he?", "became sg
in 2025", "took office in 2024"): checked against the day the role began (1 October 2024), its month too when one is
named, never answered "Yes: he was SG in January 2025" as though the role were only claimed held then."""

import pytest

from bot.request import Request

RUTTE = "mark-rutte"


@pytest.mark.parametrize(("typed", "verdict"), [
    ("rutte took over as secretary general in march 2025, right?", "No"),
    ("mark rutte became nato sg in 2025, didn't he?", "No"),
    ("rutte took office as sg in 2023?", "No"),
    ("rutte took over as sg in october 2024, correct?", "Yes"),
    ("rutte became secretary general in 2024, didn't he?", "Yes"),
])
def test_the_start_of_a_role_checked(bot, typed, verdict):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == RUTTE and reply.title.startswith(verdict), reply.title
    assert "1 October 2024" in reply.title, reply.title
