"""A speaker's line named only as "the <speaker> one" and its words asked ("the odobescu one - full text?"): the speaker's
quote, never the speaker's card; "the first one", "the other one" stay what they were (a list's item, an earlier answer)."""

import pytest

from bot.request import Request


ODOBESCU, OLLONGREN = "odobescu-hague-2024-constant-evolution", "ollongren-hague-2024-stand-together"
#: What is typed -> the speaker's line.
ONE_ASKED = {"the odobescu one, exact words?": ODOBESCU, "that ollongren one - exact wording pls": OLLONGREN,
             "the odobescu one word for word": ODOBESCU, "the kajsa ollongren one - verbatim?": OLLONGREN}


@pytest.mark.parametrize("typed", ONE_ASKED)
def test_the_speakers_one_is_their_line(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == ONE_ASKED[typed], (reply.title, [i.id for i in reply.items])


def test_a_speaker_with_no_line_says_so(bot):
    reply = bot.handle(Request("the baerbock one, exact words?", user="u"))
    assert reply.kind == "not_found" and "Baerbock" in reply.title, reply.title
