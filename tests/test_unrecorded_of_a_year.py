"""A detail the knowledge never records (attendance, a hashtag) asked of a gathering in a year none was held ("how many
people attended this year's pledge conference"): the year is said first as unmet, never "the attendance at the series is
not recorded" as if the year had not been asked."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "year"), [
    ("how many delegates came to next year's pledge conference", "2027"),
    ("what's the hashtag for this year's cyber defence conference", "2026"),
    ("attendance at the 2026 pledge conference?", "2026"),
])
def test_the_year_asked_is_said_first(bot, typed, year):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and year in reply.title and "does not record" not in reply.title, reply.title


def test_a_year_with_that_gathering_still_says_what_is_not_recorded(bot):
    reply = bot.handle(Request("how many people attended the 2022 pledge conference", user="u"))
    assert "does not record" in reply.title and "2022" in reply.title, reply.title
