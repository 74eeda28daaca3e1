"""A follow-up asking "which <countries|official>" of the last event with no pronoun ("and which countries were the
co-hosts?", "which NATO official has given the keynote?") asks it of that event, like "who were the co-hosts?"."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("first", "then", "entry", "said"), [
    ("When was the Rome pledge conference?", "And which countries were the hosts?", "rome-pledge-conference-2022", "Italy"),
    ("Dates of the 2024 pledge conference please", "which countries were co-hosts?", "hague-pledge-conference-2024", "Romania"),
    ("When was the 2021 pledge conference?", "and which NATO official has spoken?", "tallinn-pledge-conference-2021", "Geoan"),
])
def test_which_asked_of_the_last_event(bot, first, then, entry, said):
    user = first + then
    bot.handle(Request(first, user=user))
    reply = bot.handle(Request(then, user=user))
    assert entry in [i.id for i in reply.items][:2], (reply.title, reply.items[:2])
    assert said in render_text(reply), reply.title
