""""Anything on X" where X names an entry (an initiative, a gathering's place) or a kind of thing the knowledge lacks: the
entry itself, or an honest miss; lines on X only when X is a theme ("anything on russia") or a line is asked for."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


def _ask(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    return reply, [i.id for i in reply.items]


@pytest.mark.parametrize(("typed", "entry"), [
    ("anything on cyber coalition?", "cyber-coalition"),
    ("something on the vcisc", "virtual-cyber-incident-support-capability"),
    ("anything about the nicc", "nato-integrated-cyber-defence-centre"),
    ("anything on the wales summit stuff", "wales-summit-2014"),
    ("anything on wales", "wales-summit-2014"),
])
def test_an_entry_named_is_that_entry_not_a_piece_mentioning_it(bot, typed, entry):
    reply, ids = _ask(bot, typed)
    assert ids[:1] == [entry], (reply.title, ids)


@pytest.mark.parametrize(("typed", "noun"), [
    ("anything on russia's cyber army", "army"),
    ("anything about the ukrainian IT army?", "army"),
    ("what is the estonian cyber brigade", "brigade"),
])
def test_a_kind_of_thing_no_entry_is_an_honest_miss(bot, typed, noun):
    reply, _ = _ask(bot, typed)
    assert is_miss(reply) and noun in reply.title.lower(), reply.title


@pytest.mark.parametrize("typed", ["anything on russia", "a line about china please"])
def test_a_theme_still_gets_lines(bot, typed):
    reply, ids = _ask(bot, typed)
    assert reply.title.startswith(("Lines on", "A line on")), reply.title
