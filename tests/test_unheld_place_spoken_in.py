"""Where someone spoke, asked of a place where the knowledge holds no event ("stoltenberg spoke in oslo about cyber?
when?", "did rutte speak in rio de janeiro?"): the honest miss naming that place first, never the person's other events
as the answer; a place of two words ("sao paulo") is one place, never "in Sao" as well."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "place"), [
    ("stoltenberg talked in oslo about cyber, when was that?", "Oslo"),
    ("did rutte speak in rio de janeiro?", "Rio de Janeiro"),
    ("when did stoltenberg speak in são paulo?", "Sao Paulo"),
    ("o rutte falou em brasília sobre cyber?", "Brasilia"),
])
def test_the_place_asked_is_missed_first(bot, typed, place):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title == f"I have no event in {place}.", reply.title
