"""A young asker's words for content creators (youtuber, influencer, tiktoker, vlogger) name the "Protect the Future" meeting (shorthand.SHORTHAND)."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("question", "says"), [
    ("is it true the youtuber meeting was at the rome conference", "27 May 2022"),
    ("when was the youtuber meeting", "27 May 2022"),
    ("where did stoltenberg meet the influencers", "Brussels"),
    ("when did stoltenberg meet the tiktokers", "2022"),
    ("the vlogger meeting with stoltenberg, where was it", "Brussels"),
])
def test_creator_words(bot, question, says):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "protect-the-future-photo-2022" and says in reply.title, reply.title
