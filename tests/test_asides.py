"""The asker's asides dropped from a message before it is read (bot.answering.asides)."""

import pytest

from bot.answering.asides import drop_asides


@pytest.mark.parametrize(("typed", "read"), [
    ("who hosted london 2019 (my guess is the UK, lol)", "who hosted london 2019"),
    ("besides Rutte (on video), who else spoke in Tirana?", "besides Rutte (on video), who else spoke in Tirana?"),
    ("how long ago was the wales summit? 12 yrs??", "how long ago was the wales summit?"),
    ("how long ago was paris 2018, roughly eight years?", "how long ago was paris 2018,"),
    ("who spoke in rome, two people?", "who spoke in rome, two people?"),  # no span of time asked: not a guess
    ("list every quote from berlin you've got", "list every quote from berlin"),
    ("which quotes do you have", "which quotes do you have"),
    ("who said 'we are all in this together (I think)'", "who said 'we are all in this together (I think)'"),
    ("The 2024 NATO Cyber Defence Conference (not the pledge one) - where?", "The 2024 NATO Cyber Defence Conference - where?"),
    ("the rome conference (not the summit), who hosted it?", "the rome conference, who hosted it?"),
    ("who said 'cyber is (not only) a domain'", "who said 'cyber is (not only) a domain'"),
    ("host country for the 2024 conference (not the pledge one)", "host country for the 2024 conference (not the pledge one)"),
    ("is that quote confirmed anywhere official, like the Romanian MFA?", "is that quote confirmed anywhere official?"),
    ("was it reported anywhere else, such as reuters?", "was it reported anywhere else?"),
    ("is the line on any official source, e.g. the nato website?", "is the line on any official source?"),
    ("who said something like no one stands alone?", "who said something like no one stands alone?"),  # the words asked about
])
def test_asides(typed, read):
    assert drop_asides(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Were partner countries like us also invited to The Hague conference in 2024?", "Were partner countries invited to The Hague conference in 2024?"),
        ("Did partner nations, such as ours, take part in the Tirana conference?", "Did partner nations take part in the Tirana conference?"),
        ("Were partner countries also invited to The Hague conference?", "Were partner countries invited to The Hague conference?"),
        ("Did Rutte also speak in Tirana?", "Did Rutte speak in Tirana?"),
        # "also" that is no aside, and "like" that gives an example of a thing asked: as typed
        ("Was there also a pledge conference in 2025?", "Was there also a pledge conference in 2025?"),
        ("who else spoke, like the romanian minister?", "who else spoke, like the romanian minister?"),
    ],
)
def test_the_asker_counted_among_those_asked_about_is_dropped(typed, read):
    assert drop_asides(typed) == read
