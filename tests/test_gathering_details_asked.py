"""A gathering's details asked as a reporter asks them: a trip "down to" a place "for it", what they talked about
"over the two days", whether there was one in a place and year."""

import pytest

from bot.answering.days_span import without_days_span
from bot.request import Request


@pytest.mark.parametrize(
    ("question", "first", "says"),
    [
        ("Did Rutte actually fly down to Albania for it?", "tirana-cyber-defence-conference-2025", "video"),
        ("did rutte fly over to tirana for that", "tirana-cyber-defence-conference-2025", "video"),
        ("did stoltenberg really travel down to rome for it?", "rome-pledge-conference-2022", "in person"),
        ("what were they gonna talk about over the two days in Tirana", "tirana-cyber-defence-conference-2025", "private"),
        ("what was discussed over the two days in tirana", "tirana-cyber-defence-conference-2025", "private"),
        ("was there a NATO cyber conference in London in 2024 too or am I mixing that up", "london-cyber-defence-conference-2024", "November"),
        ("was there a summit in vilnius in 2023", "vilnius-summit-2023", "July"),
        ("is there a conference in the netherlands in 2024?", "hague-pledge-conference-2024", "May"),
    ],
)
def test_a_gathering_detail(bot_9_november, question, first, says):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
    assert says in str(reply), reply.title


def test_no_gathering_in_a_place_that_year_is_said(bot_9_november):
    reply = bot_9_november.handle(Request("was there a conference in paris in 2024", user="paris-2024"))
    assert reply.title.startswith("I have no conference in Paris in 2024"), reply.title


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("what were they gonna talk about over the two days in Tirana", "what were they gonna talk about in Tirana"),
        ("who spoke during the two days of the hague conference", "who spoke at the hague conference"),
        ("what happened across both days of the conference in rome", "what happened in rome"),
        ("did rutte speak on both days", "did rutte speak on both days"),  # which day someone spoke: kept
    ],
)
def test_a_gatherings_length_said_in_passing(typed, plain):
    assert without_days_span(typed) == plain


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where was the big NATO cyber meeting in 2023?", {"berlin-cyber-defence-conference-2023", "vilnius-summit-2023"}),
        ("did NATO's number two guy speak at the Hague conference? what day", {"mircea-geoana"}),
        ("who's nato's second in command?", {"mircea-geoana"}),
    ],
)
def test_a_gathering_or_person_called_loosely(bot_9_november, question, expected):
    reply = bot_9_november.handle(Request(question, user=question))
    assert expected <= {item.id for item in reply.items}, reply.title


@pytest.mark.parametrize("question", ["what building was the London one at?", "what building was the london conference held in?"])
def test_a_venue_asked_of_a_place_with_two_gatherings_asks_which(bot_9_november, question):
    reply = bot_9_november.handle(Request(question, user=question))
    assert {"london-pledge-conference-2019", "london-cyber-defence-conference-2024"} <= {item.id for item in reply.items}, reply.title
