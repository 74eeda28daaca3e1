""""Who is she?" after a clause naming someone by a title ("... with Minister Baerbock"): the titled person asked about."""

import datetime as dt

import pytest

from bot.answering.titled_names import last_titled
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(
    ("clause", "titled"),
    [
        ("article says stoltenberg welcome people with minister baerbock", "minister baerbock"),
        ("stoltenberg opened the conference with foreign minister baerbock", "foreign minister baerbock"),
        ("the hague article quotes ms odobescu and mr geoana", "mr geoana"),
        ("in rome stoltenberg spoke after deputy minister cirielli", "deputy minister cirielli"),
        # no name after the title
        ("the dutch defence minister spoke in the hague", None),
        ("germany s foreign minister then", None),
        ("stoltenberg welcomed the guests", None),
    ],
)
def test_last_titled(clause, titled):
    assert last_titled(clause) == titled


@pytest.mark.parametrize(
    ("asked", "person"),
    [
        ("Article says Stoltenberg welcomed people 'with Minister Baerbock'. Who is she?", "annalena-baerbock"),
        ("Stoltenberg opened the Berlin conference with Minister Baerbock. Who is she, what is her post?", "annalena-baerbock"),
        ("In Rome, Stoltenberg spoke after Deputy Minister Cirielli. Who is he?", "edmondo-cirielli"),
        ("The dutch defence minister spoke in the hague, yes? what was her name", "kajsa-ollongren"),
    ],
)
def test_who_is_she_after_a_titled_name_is_that_person(asked, person):
    bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))
    reply = bot.handle(Request(asked, user="u"))
    assert [i.id for i in reply.items][:1] == [person], reply.title
