"""Someone from an organisation nobody at a gathering belonged to, asked for there: the honest miss, with who was there."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("asked", "event", "organisation"), [
    ("which microsoft executive was at the berlin conference?", "berlin-cyber-defence-conference-2023", "microsoft"),
    ("which executive of microsoft spoke at the first annual cyber defence conference", "berlin-cyber-defence-conference-2023", "microsoft"),
    ("who from amazon attended the tirana conference?", "tirana-cyber-defence-conference-2025", "amazon"),
    ("which starlink engineers were at the 2024 pledge conference", "hague-pledge-conference-2024", "starlink"),
    ("qual executivo da microsoft foi na conferencia de berlin?", "berlin-cyber-defence-conference-2023", "microsoft"),
])
def test_nobody_from_the_organisation_is_recorded(bot, asked, event, organisation):
    reply = bot.handle(Request(asked, user=asked))
    assert is_miss(reply) and organisation in render_text(reply).lower() and reply.items[0].id == event, reply.title


@pytest.mark.parametrize(("asked", "first"), [
    ("which german minister was at the berlin conference", "annalena-baerbock"),
    ("which nato official spoke at tirana", "tirana-cyber-defence-conference-2025"),
    ("which romanian representative was at the hague conference", "hague-pledge-conference-2024"),
])
def test_a_country_or_nato_is_no_organisation_asked_for(first_item, asked, first):
    assert first_item(asked) == first
