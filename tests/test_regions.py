"""Groups of countries asked about as one: the group's members, never a sea or a word that only contains the name."""

import pytest

from bot.answering.places import PLACES
from bot.answering.regions import REGIONS, region_countries


@pytest.mark.parametrize("text, region", [
    ("has a baltic country ever hosted one", "Baltic"),
    ("did one of the baltics host", "Baltic"),
    ("any nordic state", "Nordic"),
    ("the benelux countries", "Benelux"),
    ("a balkan ally", "Balkan"),
    ("the baltic sea", None),
    ("did estonia host", None),
])
def test_a_group_named_as_one(text, region):
    found = region_countries(text)
    assert (found[0] if found else None) == region


def test_every_member_is_a_known_place():
    assert all(country in PLACES for members in REGIONS.values() for country in members)
