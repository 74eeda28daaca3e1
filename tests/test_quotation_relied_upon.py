"""Whether the words just shown can be relied upon, asked formally after a quote, is the quote's trust
(bot.answering.bare_checks): "Can that quotation be relied upon?", "is that statement reliable?"."""

import pytest

from bot.answering.bare_checks import bare_check
from bot.reply import ItemRef
from bot.request import Request

_QUOTE = ItemRef("quote", "rutte-tirana-2025-no-one-stands-alone")


@pytest.mark.parametrize(("typed", "check"), [
    ("Can that quotation be relied upon?", "is that quote reliable"),
    ("can the quote be relied on", "is that quote reliable"),
    ("is that statement reliable?", "is that quote reliable"),
    ("legit?", "is that quote legit"),
])
def test_a_formal_check_of_the_words_shown(typed, check):
    assert bare_check(typed, _QUOTE) == check


@pytest.mark.parametrize(("first", "opens"), [
    ("What did Rutte say in Tirana?", "Verified"),
    ("What did Ollongren say at The Hague?", "Unverified"),
    ("What did Stoltenberg say about China in Berlin?", "Re-translated"),
])
def test_the_trust_of_the_words_just_shown(bot, first, opens):
    bot.handle(Request(first, user=first))
    assert bot.handle(Request("Can that quotation be relied upon?", user=first)).title.startswith(opens)
