""""Who went" asks who attended: "who went to the tirana conference", "there was a conference in tirana, who went?",
"who went?" after a gathering. Before: the gathering's card without its people, or "Nothing in the knowledge matches
'who went'"."""

import pytest

from bot.answering.contractions import spell_out_contractions
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("who went to the tirana conference", "who attended the tirana conference"),
    ("and who all went", "and who attended"),
    ("where did rutte go", "where did rutte go"),  # no "who went": as typed
])
def test_who_went_is_who_attended(typed, read):
    assert spell_out_contractions(typed) == read


@pytest.mark.parametrize("typed", ["who went to the tirana conference", "there was a conference in tirana, who went?"])
def test_those_who_went_are_named(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("Speakers at NATO Cyber Defence Conference 2025") and "Rutte" in reply.title, reply.title


def test_who_went_after_a_gathering(conversation):
    reply = conversation("the hague conference", "who went?")
    assert "Ollongren" in reply.title, reply.title
