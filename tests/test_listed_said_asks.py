"""A list asked of what someone said or named ("list everything rutte said in tirana", "give me a numbered list of the
private companies stoltenberg named in berlin", "bullet list of the nato tools he mentions in it" after the op-ed): their
words, or the entries the piece names, never an event card or a search for the list's words."""

import pytest

from bot.request import Request


def _ids(bot, typed, first=None):
    if first:
        bot.handle(Request(first, user=typed))
    reply = bot.handle(Request(typed, user=typed))
    return reply.title, [item.id for item in reply.items]


@pytest.mark.parametrize(("typed", "quotes"), [
    ("list everything stoltenberg said in rome", {"stoltenberg-rome-2022-contested-space", "stoltenberg-rome-2022-recommit"}),
    ("all that rutte said at the tirana conference, bullets please", {"rutte-tirana-2025-no-one-stands-alone", "rutte-tirana-2025-stand-together"}),
    ("everything ollongren said at the hague", {"ollongren-hague-2024-stand-together"}),
])
def test_everything_someone_said_there_is_every_quote_of_theirs_there(bot, typed, quotes):
    title, ids = _ids(bot, typed)
    assert quotes <= set(ids), title


@pytest.mark.parametrize(("typed", "first"), [
    ("list the companies jens stoltenberg mentioned in berlin", "stoltenberg-berlin-2023-private-companies"),
    ("a short list of the private companies stoltenberg cited in his berlin speech", "stoltenberg-berlin-2023-private-companies"),
    ("list all the threats rutte mentions in tirana", "rutte-tirana-2025-working-against-us"),
])
def test_the_things_someone_named_are_in_their_words(bot, typed, first):
    title, ids = _ids(bot, typed)
    assert ids[:1] == [first], title


@pytest.mark.parametrize("typed", ["numbered list of the capabilities he names in it", "which tools does he mention in it?"])
def test_what_a_piece_names_after_the_piece(bot, typed):
    title, ids = _ids(bot, typed, first="what did stoltenberg write in his 2016 op-ed?")
    assert {"cyber-rapid-reaction-teams", "cyber-threat-assessment-cell"} <= set(ids), title
