"""The people of a country asked with the country after the noun ("people from estonia", "which officials are from
romania", "list the ministers of albania"): that country's people, never a quote or an event in that country."""

import pytest

from bot.request import Request

_CASES = [
    ("people from estonia", "from Estonia in the knowledge", {"kaja-kallas", "kalle-laanet"}),
    ("which officials are from romania", "from Romania in the knowledge", {"luminita-odobescu"}),
    ("list the ministers of albania", "from Albania in the knowledge", {"edi-rama"}),
    ("any people from the uk?", "from the United Kingdom in the knowledge", {"pat-mcfadden"}),
    ("people from tallinn", "", set()),  # a city is no country of people
]


@pytest.mark.parametrize(("typed", "ending", "people"), _CASES)
def test_people_of_a_country_named_after_the_noun(bot, typed, ending, people):
    reply = bot.handle(Request(typed, user=typed))
    listed = reply.title.endswith(ending) if ending else "people from" not in reply.title
    assert listed and people <= {i.id for i in reply.items}, reply.title


def test_a_country_with_nobody_is_an_honest_miss(bot):
    assert bot.handle(Request("officials from japan", user="u")).title.startswith(("The knowledge names no one", "Nothing", "No "))
