"""When and where something was decided, asked in one breath ("when and where was the nicc agreed?"): the decision's
own card, which gives its day and the gathering together, not two halves that each lose the other."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("typed", "first", "said"), [
    ("where and when was the nicc decided?", "nato-integrated-cyber-defence-centre", "Washington Summit"),
    ("when and where did allies adopt the cyber defence pledge", "cyber-defence-pledge-2016", "Warsaw Summit"),
    ("when and where was cyberspace declared a domain of operations?", "cyberspace-domain-of-operations-2016", "Warsaw Summit"),
    ("when n where was the cyber defence pledge signed", "cyber-defence-pledge-2016", "Warsaw Summit"),
])
def test_when_and_where_of_a_decision_is_its_card(bot, typed, first, said):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items][:1] == [first] and "2 questions" not in reply.title and said in render_text(reply), reply.title


def test_when_and_where_of_an_event_still_answers_both(bot):
    reply = bot.handle(Request("when and where was the rome conference", user="u"))
    assert "Rome" in render_text(reply) and "November 2022" in render_text(reply), reply.title
