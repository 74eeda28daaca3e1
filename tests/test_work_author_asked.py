"""A written work named by its title in quotation marks, asked when someone published or wrote it: when the person named
is not its author, "No: <author> wrote it, not <them>", then the work; never a miss about "X publish ...", never the
date alone as if the person asked had written it."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "not_by"), [
    ("when did rutte publish 'time to raise our game'?", "Mark Rutte"),
    ("what year did Geoana publish 'Time to raise our game'?", "Mircea Geoană"),
    ("has ollongren published 'time to raise our game'?", "Kajsa Ollongren"),
    ("when did stoltenberg publish 'time to raise our game'?", None),  # its author: said plainly
])
def test_the_author_of_a_work_named(bot, typed, not_by):
    reply = bot.handle(Request(typed, user=typed))
    author = f"No: Jens Stoltenberg wrote it, not {not_by}: " if not_by else "Jens Stoltenberg wrote it: "
    assert reply.items[0].id == "stoltenberg-oped-2016", [i.id for i in reply.items][:3]
    assert reply.title.startswith(author) and reply.title.endswith("(29 July 2016)"), reply.title
