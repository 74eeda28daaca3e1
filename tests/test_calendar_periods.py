"""A stretch of the calendar named as planners name it (a quarter, a half, a season, a week number, a decade, a span
between two of them), before or after the asking words: the events of exactly that stretch, or the honest miss."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "ids"), [
    ("H1 2018 - which events?", {"paris-pledge-conference-2018"}),
    ("third quarter 2023, anything on?", {"vilnius-summit-2023"}),
    ("any events in wk 45 2023", {"berlin-cyber-defence-conference-2023"}),
    ("calendar week 41 of 2025 anything nato", {"tirana-cyber-defence-conference-2025"}),
    ("summits in the mid 2010s", {"wales-summit-2014", "warsaw-summit-2016"}),
    ("conferences in the late 2010's", {"paris-pledge-conference-2018", "london-pledge-conference-2019"}),
    ("from Q1 2021 to H1 2022, what happened", {"tallinn-pledge-conference-2021", "protect-the-future-photo-2022"}),
    ("what happened between spring 2018 and summer 2019", {"paris-pledge-conference-2018", "london-pledge-conference-2019"}),
])
def test_the_events_of_the_stretch(bot, typed, ids):
    reply = bot.handle(Request(typed, user=typed))
    assert {i.id for i in reply.items if i.type == "event"} == ids, (reply.title, [i.id for i in reply.items])


@pytest.mark.parametrize(("typed", "label"), [
    ("week 20 of 2024 - anything?", "week 20 of 2024 (13–19 May)"),
    ("events in the early 2020s", "in the early 2020s"),
    ("q3 2016 any events", "Q3 2016"),
])
def test_the_stretch_is_named_in_the_title(bot, typed, label):
    reply = bot.handle(Request(typed, user=typed))
    assert label in reply.title, reply.title


@pytest.mark.parametrize("typed", ["anything in the 1990s?", "q1 2020 any events", "week 2 of 2017 anything"])
def test_an_empty_stretch_is_an_honest_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and not reply.items, reply.title
