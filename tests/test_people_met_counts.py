"""How many people someone met, or were at a meeting, asked with a named person or the meeting ("how many content
creators did Stoltenberg meet?"): the count the meeting's own text gives, never the count of the person's quotes; a
year with no such meeting says the knowledge does not say."""

import pytest

from bot.request import Request

MET = "protect-the-future-photo-2022"


@pytest.mark.parametrize("typed", [
    "how many young content creators did Jens Stoltenberg meet?",
    "How many influencers did Stoltenberg meet in 2022, and from where?",
    "how many content creators were at the Protect the Future meeting",
    "number of content creators stoltenberg met for protect the future",
])
def test_the_people_met_are_counted_from_the_meetings_text(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [MET] and "10 young content creators" in reply.title, reply.title


def test_a_year_with_no_such_meeting_is_not_answered_with_another(bot):
    reply = bot.handle(Request("how many content creators did stoltenberg meet in 2024", user="u"))
    assert reply.title.startswith("The knowledge does not say how many") and MET not in [i.id for i in reply.items], reply.title


def test_a_count_of_quotes_is_still_the_quotes(bot):
    assert bot.handle(Request("how many quotes by stoltenberg?", user="u")).title.endswith("quotes by Jens Stoltenberg in the knowledge")
