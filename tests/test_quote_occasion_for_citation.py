"""Words checked for a citation ("who said '...'? speaker and date", "is '...' a real quote? where was it said"):
the verdict names the gathering the words were said at among what it is about, beside the quote and its speaker,
so the venue and day of the citation are an entry of the reply, not only a line of its text."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "quote", "event"), [
    ("I need a source for 'the line between peace, crisis and conflict is blurred' - speaker and venue?",
     "stoltenberg-rome-2022-contested-space", "rome-pledge-conference-2022"),
    ("is 'we are all in this together' verbatim? where was it said", "stoltenberg-rome-2022-recommit", "rome-pledge-conference-2022"),
    ("was 'critical actors in their own right' really said? full reference please",
     "stoltenberg-berlin-2023-private-companies", "berlin-cyber-defence-conference-2023"),
    ("provenance of 'we reaffirm our commitment to defending the digital frontiers of our alliance'?",
     "ollongren-hague-2024-stand-together", "hague-pledge-conference-2024"),
])
def test_the_verdict_names_where_the_words_were_said(bot, typed, quote, event):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert ids[:1] == [quote] and event in ids, (reply.title, ids)
