"""A rushed asker's tail after the question that only says how soon, or restates what the question asks, is no part of
it (bot.answering.needed_tails); a tail asking something more stays."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.asides import drop_asides
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(("typed", "read"), [
    ("who wrote the Hague article? need the byline", "who wrote the Hague article?"),
    ("who wrote the op-ed?? my boss wants the author's name asap", "who wrote the op-ed??"),
    ("who spoke for Italy in Rome? name + title asap", "who spoke for Italy in Rome?"),
    ("published where?? boss wants the magazine name", "published where??"),
    ("which city hosted the 2025 conference? need the location for him", "which city hosted the 2025 conference?"),
    ("when was the Tirana conf? exact dates pls", "when was the Tirana conf?"),
    ("when was the Tirana conf? boss needs the exact dates", "when was the Tirana conf?"),
    ("what did Rutte ask allies for? the 3 things, one line", "what did Rutte ask allies for?"),
    ("which city? need it NOW", "which city?"),
    ("where was the Berlin conf?? URGENT", "where was the Berlin conf??"),
])
def test_a_tail_restating_the_question_is_dropped(typed, read):
    assert drop_asides(typed) == read


@pytest.mark.parametrize("typed", [
    "who spoke in Rome? need the dates too",  # the dates are asked besides the speakers
    "who spoke at the Hague? boss wants the venue",  # a venue is not who
    "where was Tirana? boss says it was 2024",  # a claim to settle
    "how long had Rutte been SG by Tirana? in days please",  # the unit asked
])
def test_a_tail_asking_more_stays(typed):
    assert drop_asides(typed) == typed


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("asked", "says"), [
    ("who wrote the Hague article? need the byline", "Stanica"),
    ("who wrote the 2016 op-ed?? boss wants the author asap", "Stoltenberg"),
    ("what did Stoltenberg call on allies for in Rome? the 3 things, 1 line", "expertise"),
    ("who spoke for NATO at Tirana? name + title asap", "Rutte"),
    ("URGENT who hosted Tirana?? need the country ASAP", "Albania"),  # urgency before the question too
    ("urgent question - who opened Berlin?", "Baerbock"),
])
def test_the_question_before_the_tail_is_answered(bot, asked, says):
    assert says in render_text(bot.handle(Request(asked, user="needed-tails")))
