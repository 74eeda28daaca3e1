"""A claim with an aside of what it goes beyond ("geoana was secretary general, not just deputy, wasn't he?"): the
claim checked without the aside, never a miss of the aside's words."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "person", "verdict", "held"), [
    ("geoana was secretary general, not only deputy, right?", "mircea-geoana", "No", "Deputy Secretary General"),
    ("ollongren was foreign minister, not just defence minister, right?", "kajsa-ollongren", "No", "Minister of Defence"),
    ("rutte was prime minister, not merely a minister, wasn't he?", "mark-rutte", "Yes", "Prime Minister"),
    ("odobescu was romania's foreign minister, not just an ambassador, right?", "luminita-odobescu", "Yes", "Foreign Minister"),
])
def test_the_claim_is_checked_without_its_aside(bot, typed, person, verdict, held):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == person and reply.title.startswith(verdict) and held in reply.title, reply.title
