""""The second one" after a clause naming a series: that edition of the series."""

import datetime as dt

import pytest

from bot.answering.ordinal_one import ordinal_one_named
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(
    ("question", "before", "read"),
    [
        ("where was second one", ["annual cyber defence conference", "first berlin", "third tirana"], "where was the second annual cyber defence conference"),
        ("which city had the 2nd one", ["pledge conferences", "paris was the first"], "which city had the 2nd pledge conferences"),
        ("when was the first one", ["the nato cyber defence conference"], "when was the first nato cyber defence conference"),
        # no series named before, or no ordinal asked: as typed
        ("where was the second one", ["i am confused"], "where was the second one"),
        ("which one was first", ["pledge conference"], "which one was first"),
    ],
)
def test_ordinal_one_named(question, before, read):
    assert ordinal_one_named(question, before) == read


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("Annual Cyber Defence Conference: first Berlin, third Tirana. Where was second one, please?", "london-cyber-defence-conference-2024"),
        ("Pledge conferences - Paris was the first. Which city had the 2nd one?", "london-pledge-conference-2019"),
        ("Pledge conference: where was the third one?", "tallinn-pledge-conference-2021"),
    ],
)
def test_the_edition_of_the_series_named_before_answers(asked, entry):
    bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))
    assert [i.id for i in bot.handle(Request(asked, user="u")).items][:1] == [entry]
