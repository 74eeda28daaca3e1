"""A city named before "security conference" ("the munich security conference", "oslo security conf") names where a
gathering was, as "the oslo conference" does: a speaker's lines asked of it are the honest miss for that city first,
never a line from another conference shown as the answer."""

import pytest

from bot.answering.places import locations_in
from bot.request import Request


@pytest.mark.parametrize(("typed", "city"), [
    ("stoltenberg remarks at munich security conference", "Munich"),
    ("what did stoltenberg say at the munich security conf", "Munich"),
    ("stoltenberg's speech at the oslo security conference", "Oslo"),
])
def test_a_speaker_s_lines_at_a_city_the_knowledge_lacks_say_so_first(bot, typed, city):
    title = bot.handle(Request(typed, user=typed)).title
    assert title.startswith("I have no") and city in title.split(";")[0], title


@pytest.mark.parametrize(("text", "city"), [
    ("the munich security conference", "Munich"),
    ("oslo cyber security conference", "Oslo"),
])
def test_the_city_is_where(text, city):
    assert [place.name for place in locations_in(text)] == [city]
