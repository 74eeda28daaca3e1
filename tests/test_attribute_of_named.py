"""A name typed first, then only a person's country or office asked ("Kallas - which country?", "ollongren - which
country and which post?"): the person's card, with the role and its country; never a quote holding "which country",
and a gathering typed first keeps its own reading."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "says"), [
    ("Luminita Odobescu - which country?", "luminita-odobescu", "Romania"),
    ("ollongren - which country and which post?", "kajsa-ollongren", "Netherlands"),
    ("kallas - which country?", "kaja-kallas", "Estonia"),
    ("Cirielli: what nationality?", "edmondo-cirielli", "Ital"),
    ("and mcfadden - which office?", "pat-mcfadden", "McFadden"),
])
def test_the_named_person_is_asked_of(bot, typed, first, says):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first, reply.title
    assert says in render_text(reply), render_text(reply)


def test_someone_the_knowledge_lacks_is_the_honest_miss(bot):
    reply = bot.handle(Request("Ben Wallace - which country and which office?", user="wallace"))
    assert reply.kind == "not_found" and "ben wallace" in reply.title.lower(), reply.title


def test_a_gathering_typed_first_is_not_a_person(bot):
    reply = bot.handle(Request("the hague conference - which country?", user="hague"))
    assert reply.items and reply.items[0].id == "hague-pledge-conference-2024" and "Netherlands" in reply.title, reply.title


