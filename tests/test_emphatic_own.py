"""An emphatic "own" after NATO's or the Alliance's ("when did natos own website get ddosed") adds nothing to ask: the
question is answered as without it, never an honest miss about an entry called "own website get ddosed"; "own" as a
verb ("does nato own ...") stays."""

import pytest

from bot.answering.emphatic_self import without_emphatic_self
from bot.request import Request


@pytest.mark.parametrize(("typed", "first"), [
    ("when did nato's own website get ddosed", "nato-websites-ddos-2014"),
    ("who claimed the attack on natos own websites", "nato-websites-ddos-2014"),
    ("who was behind the ddos on the alliances own websites", "nato-websites-ddos-2014"),
    ("where is natos own cyber centre", "nato-integrated-cyber-defence-centre"),
])
def test_own_after_nato_s_is_read_as_without_it(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == first and "own" not in reply.title.split(), reply.title


@pytest.mark.parametrize(("typed", "read"), [
    ("natos own website ddos - when", "natos website ddos - when"),
    ("NATO’s own cyber centre", "NATO’s cyber centre"),
    ("does nato own its networks", "does nato own its networks"),
    ("my own question about the pledge", "my own question about the pledge"),
])
def test_only_own_after_nato_s_is_dropped(typed, read):
    assert without_emphatic_self(typed) == read
