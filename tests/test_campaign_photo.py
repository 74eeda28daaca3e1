"""A campaign's photo named by the campaign ("protect the future photo when", "protect the future pic date"): the meeting
the photo shows, with its day, not the campaign's card (which has no date); the campaign asked of alone stays the campaign."""

import pytest

from bot.request import Request

PHOTO, CAMPAIGN = "protect-the-future-photo-2022", "protect-the-future-campaign"


@pytest.mark.parametrize("typed", [
    "protect the future pic date",
    "the protect the future campaign photo - where was it taken",
    "protect the future picture, who is in it",
    "when's the protect the future photo from",
])
def test_the_photo_named_by_its_campaign(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == PHOTO, reply.title


@pytest.mark.parametrize("typed", ["protect the future campaign", "what is the protect the future campaign? it is in a photo caption"])
def test_the_campaign_asked_of_stays_the_campaign(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == CAMPAIGN, reply.title
