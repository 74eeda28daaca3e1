"""A quote asked of someone the knowledge does not know, on a topic its quotes cover ("quote emmanuel macron on nato
cyber defence") or at a gathering that has quotes ("quote from biden at a nato cyber defence conf"): there is no quote
by them, never another speaker's line that holds the topic's or the gathering's words."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "named"), [
    ("quote angela merkel on nato cyber defence", "angela merkel"),
    ("Quote Justin Trudeau about NATO cyber defence and the allies", "justin trudeau"),
    ("quote by olaf scholz regarding nato cyber defence", "olaf scholz"),
    ("quote pedro sanchez on cyber defence in nato", "pedro sanchez"),
    ("quote from joe biden at a nato cyber defence conference", "joe biden"),
    ("quote by olaf scholz at the cyber defence pledge conference", "olaf scholz"),
    ("quote from rishi sunak in london", "rishi sunak"),
    ("quote from emmanuel macron during the hague pledge conference", "emmanuel macron"),
])
def test_no_quote_by_a_speaker_not_on_record(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.lower() == f"there is no quote by “{named}” in the knowledge" and not reply.items, reply.title


@pytest.mark.parametrize(("typed", "speaker"), [
    ("quote stoltenberg on nato cyber defence", "jens-stoltenberg"),
    ("quote on nato cyber defence", None),
    ("quote from rutte at the tirana conference", "mark-rutte"),
    ("quote from the berlin conference", None),
])
def test_a_known_speaker_or_none_still_gets_a_line(bot, typed, speaker):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert ids and (speaker is None or speaker in ids), reply.title
