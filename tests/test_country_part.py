"""A country's part asked of ("what role does estonia play in nato cyber defence", "germany's contribution?", "how was
the uk involved"): what it hosted and who of it the knowledge quotes, not a miss ("Nothing in the knowledge matches")
and not one of its events presented as its whole part."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "country", "has"), [
    ("what role does estonia play in nato cyber defence", "Estonia", {"tallinn-pledge-conference-2021", "kaja-kallas"}),
    ("germany's contribution?", "Germany", {"berlin-cyber-defence-conference-2023", "annalena-baerbock"}),
    ("how was the uk involved", "United Kingdom", {"london-pledge-conference-2019", "pat-mcfadden"}),
    ("what has romania done on cyber defence", "Romania", {"hague-pledge-conference-2024", "luminita-odobescu"}),
    ("what part did the netherlands play", "Netherlands", {"hague-pledge-conference-2024", "kajsa-ollongren"}),
])
def test_a_country_s_part_is_what_it_hosted_and_who_of_it_spoke(bot, typed, country, has):
    reply = bot.handle(Request(typed, user=typed))
    assert country in reply.title and "in the knowledge" in reply.title, reply.title
    assert has <= {item.id for item in reply.items}, reply.items


def test_a_country_with_nothing_recorded_is_the_honest_miss(bot):
    reply = bot.handle(Request("what role does turkey play in nato cyber defence", user="u"))
    assert reply.kind == "not_found" and "Turkey" in reply.title and not reply.items, reply.title


@pytest.mark.parametrize("typed", ["what role did the dutch minister play", "what was rutte's role"])
def test_a_role_of_a_person_is_theirs(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].type == "person", reply.title
