"""A follow-up moving the year of what the last answer was about ("and the year before?", "and 2 yrs before that?",
"three years later?"): asked of that year, for a decision, a summit or an edition of a series; a year with nothing of
the kind is said to have none, never answered with the entry of the year before the shift."""

import pytest

from bot.request import Request

#: "first question >> the shift": the entry the shift's reply leads with.
SHIFTED_TO = {
    "when was the cyber defence pledge agreed >> and 2 yrs before that?": "wales-2014-enhanced-cyber-defence-policy",
    "where was cyberspace recognised as a domain >> two years earlier?": "wales-2014-enhanced-cyber-defence-policy",
    "when was the warsaw summit >> and 2 years before?": "wales-summit-2014",
    "when was the wales summit >> and nine years later": "vilnius-summit-2023",
    "who hosted the 2024 pledge conference >> and 3 years before that?": "tallinn-pledge-conference-2021",
}
#: "first question >> the shift": the year the reply's title names (nothing of the kind held then, or the edition held
#: then); "this year", "last year" are counted from the bot's clock (9 November 2026), of the same series.
SHIFTED_TO_NONE = {
    "when was the cyber defence pledge agreed >> and the year before?": "2015",
    "when was the warsaw summit >> and a year later?": "2017",
    "when was the rome pledge conference >> and two years before?": "2020",
    "when was the first cyber coalition >> and this year's?": "I have no Cyber Coalition in 2026",
    "who hosted the hague pledge conference >> and last year's one?": "I have no Cyber Defence Pledge Conference in 2025",
    "where was the berlin cyber defence conference >> what about last year": "NATO Cyber Defence Conference 2025",
    "when was the wales summit >> and this year?": "No summits in 2026",
}


def _reply_to(bot, chain: str):
    """The reply to the second question of ``chain``, asked right after the first in a conversation of its own."""
    for text in chain.split(" >> "):
        reply = bot.handle(Request(text, user=chain))
    return reply


@pytest.mark.parametrize("chain", SHIFTED_TO)
def test_the_entry_of_the_year_shifted_to(bot, chain):
    reply = _reply_to(bot, chain)
    assert reply.items and reply.items[0].id == SHIFTED_TO[chain], reply.title


@pytest.mark.parametrize("chain", SHIFTED_TO_NONE)
def test_the_year_shifted_to_is_named(bot, chain):
    reply = _reply_to(bot, chain)
    assert SHIFTED_TO_NONE[chain] in reply.title and not any(i.id.endswith(("-2016", "-2022")) for i in reply.items[:1]), reply.title

