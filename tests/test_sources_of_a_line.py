"""The sources of a line asked by its speaker and words ("source for rutte saying allies are stepping up investment?"):
that line's sources, never a claim check of the words nor the sources of a neighbouring entry; words nothing matches
are said to match nothing, not to be an unknown id."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote"), [
    ("source for rutte saying allies are stepping up investment?", "rutte-tirana-2025-stepping-up-investment"),
    ("sources for stoltenberg saying cyber is a contested space?", "stoltenberg-rome-2022-contested-space"),
    ("sources of ollongren saying we stand together", "ollongren-hague-2024-stand-together"),
])
def test_the_line_and_its_sources(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "list" and reply.items[0].id == quote, (reply.title, [i.id for i in reply.items])
    assert any(i.type == "source" for i in reply.items[1:])


@pytest.mark.parametrize(("typed", "said"), [
    ("sources for quantum cyber treaty of 2031", "Nothing in the knowledge matches"),
    ("sources xyz-2031", "No entry has the id"),
])
def test_an_entry_not_found_is_told_as_typed(bot, typed, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith(said), reply.title
