"""Dates the knowledge does not hold are said so: days of a term known only to the year, a head never named, the
anniversary of a body the knowledge lacks."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("exactly how many days was rutte dutch prime minister?", "only to the year"),
        ("how many weeks was rutte prime minister of the netherlands", "only to the year"),
        ("on which date was the first director of the nicc appointed?", "does not record who heads"),
        ("when was the head of the nicc named?", "does not record who heads"),
        ("who was the first director of the NICC?", "does not record who heads"),  # not the centre's card
        ("who is the current head of the cyber coalition exercise?", "does not record who heads"),
        ("when was the ccdcoe in tallinn founded? anniversary coming up?", "ccdcoe"),
    ],
)
def test_an_unrecorded_date_is_an_honest_miss(bot_9_november, question, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.kind == "not_found", reply.title
    assert says in reply.title.lower() or says in reply.title


@pytest.mark.parametrize(
    ("question", "first", "says"),
    [
        ("how many years was rutte dutch prime minister", "mark-rutte", "14 years"),  # to the year: years are counted
        ("how many days was stoltenberg secretary general", "jens-stoltenberg", "3653 days"),  # to the day: days are counted
        ("when was the berlin conference? anniversary soon?", "berlin-cyber-defence-conference-2023", "9 November"),
    ],
)
def test_a_recorded_date_is_counted(bot_9_november, question, first, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert says in reply.title
