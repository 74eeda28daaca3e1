"""A check of the last quote typed with where the words are from or what they are for ("is that verbatim from his speech? I
want to cite it in my dissertation", "what's the original wording in nato's transcript?"): that quote's trust, or its
original English, never a search for a quote holding the words "from <speaker> speech"."""

import pytest

from bot.request import Request

NOT_REPEAT = ("who said 'we must not repeat this mistake'?", "stoltenberg-berlin-2023-not-repeat-mistake")
ALONE = ("who said 'No one stands alone in NATO'?", "rutte-tirana-2025-no-one-stands-alone")
STAND = ("who is quoted saying 'it is imperative that we stand together'?", "ollongren-hague-2024-stand-together")


@pytest.mark.parametrize(("first", "then", "trust"), [
    (NOT_REPEAT, "is that verbatim from his speech? I want to cite it in my dissertation", "Re-translated"),
    (NOT_REPEAT, "what's the original wording in nato's transcript?", "Re-translated"),
    (ALONE, "verbatim from his remarks? ok to use in a footnote", "Verified"),
    (ALONE, "is that the exact wording from his speech?", "Verified"),
    (STAND, "is that accurate from her speech? need it for my paper", "Unverified"),
    (STAND, "are those her exact words? I would like to cite them in an essay", "Unverified"),
])
def test_the_last_quote_checked_with_where_it_is_from(bot, first, then, trust):
    (asked, quote) = first
    bot.handle(Request(asked, user=then))
    reply = bot.handle(Request(then, user=then))
    assert reply.items[0].id == quote and reply.title.startswith(trust), (reply.title, [i.id for i in reply.items])


def test_where_alone_checks_nothing(bot):
    bot.handle(Request(STAND[0], user="alone"))
    reply = bot.handle(Request("from her speech?", user="alone"))
    assert not reply.title.startswith(("Verified", "Unverified")), reply.title
