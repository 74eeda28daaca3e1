"""An initiative named with its kind beside someone at an occasion held for it ("what is the protect the future
campaign stoltenberg did with the influencers?"): the initiative itself first, the occasion after it, never the
occasion alone because its name holds more of the words; an occasion asked by its own kind stays the occasion."""

import pytest

from bot.request import Request

CAMPAIGN = "protect-the-future-campaign"
MEETING = "protect-the-future-photo-2022"


@pytest.mark.parametrize("typed", [
    "what is the protect the future campaign stoltenberg did with the influencers?",
    "protect the future campaign with stoltenberg - what is it about?",
    "tell me about the protect the future campaign with stoltenberg",
    "what is protect the future campaign, stoltenberg with bloggers?",
    "Protect the Future — what kind of campaign is this, Stoltenberg with bloggers?",
])
def test_the_campaign_named_with_its_kind_is_the_answer(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == CAMPAIGN and MEETING in [item.id for item in reply.items], (reply.title, [i.id for i in reply.items])


@pytest.mark.parametrize("typed", ["the protect the future meeting with stoltenberg", "stoltenberg meets young content creators"])
def test_the_occasion_asked_by_its_own_kind_stays_the_occasion(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == MEETING, (reply.title, [i.id for i in reply.items])
