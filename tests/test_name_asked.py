"""A person's full name, its spelling or office asked of a name as an article gives it: the person's card
(topics/name_asked)."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("question", "person", "says"), [
    ("the berlin piece only calls her 'minister baerbock' - full name and office?", "annalena-baerbock", "Foreign Minister"),
    ("the hague article writes 'luminita odobescu'. correct spelling of her name?", "luminita-odobescu", "Luminița"),
    ("how do you spell geoana's name properly?", "mircea-geoana", "Geoană"),
    ("mcfadden's full name and title?", "pat-mcfadden", "Pat McFadden"),
    ("ollongren: first name and role, for a caption", "kajsa-ollongren", "Kajsa"),
])
def test_the_person_named_is_answered(bot, question, person, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == person and says in render_text(reply), reply.title
