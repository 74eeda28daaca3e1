"""Whether two things happened on the same day, each named by its own words ("stoltenberg announced vilnius summit
dates - same day as his rome speech or different?"): each one's day, and yes or no (topics/same_day)."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("question", "said", "first", "days"), [
    ("Stoltenberh announced Vilnius summit dates - same day as his Rome speech or different?", "No", "vilnius-dates-announcement-2022",
     ("9 November 2022", "10 November 2022")),
    ("was the vilnius announcement the same day as the rome speech?", "No", "vilnius-dates-announcement-2022", ("9 November 2022", "10 November 2022")),
    ("did stoltenberg announce the vilnius dates on the same day as his rome speech?", "No", "vilnius-dates-announcement-2022", ("10 November 2022",)),
    ("was the vilnius announcement on the same day as the rome conference opened?", "Yes", "vilnius-dates-announcement-2022", ("9 November 2022",)),
    ("was rutte's tirana speech on the same day as the tirana conference opened?", "Yes", "tirana-cyber-defence-conference-2025", ("9 October 2025",)),
])
def test_two_things_asked_on_one_day_are_each_dated(bot, question, said, first, days):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.title.startswith(said) and reply.items[0].id == first, (question, reply.title)
    assert all(day in reply.title for day in days), reply.title
    assert len({i.id for i in reply.items}) == len(reply.items)


def test_both_named_first_are_each_dated(bot):
    reply = bot.handle(Request("were the vilnius announcement and the rome speech on the same day?", user="both"))
    assert reply.title.startswith("No") and "10 November 2022" in reply.title, reply.title
