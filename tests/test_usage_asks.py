"""Whether a quote may be used in a newsletter, a deck or a release: its trust label, as "is it genuine?" answers."""

import pytest

from bot.answering.usage_asks import as_genuine_asked
from bot.request import Request


@pytest.mark.parametrize("text, put", [
    ("can i put the ollongren quote from the hague in our newsletter as an official quote", "is the ollongren quote from the hague genuine"),
    ("can we use rutte s investment line in the deck", "is rutte s investment line genuine"),
    ("is it ok to use the odobescu quote as official", "is the odobescu quote genuine"),
    ("can i use the hague article", "can i use the hague article"),  # no quote asked about
    ("can you paste the rome quote", "can you paste the rome quote"),  # a request to the bot
])
def test_a_use_of_a_quote_is_asked_as_whether_it_is_genuine(text, put):
    assert as_genuine_asked(text) == put


@pytest.mark.parametrize("asked, first, says", [
    ("can I put the Ollongren quote from The Hague in our newsletter as an official quote?", "ollongren-hague-2024-stand-together", "unverified"),
    ("is it ok to use the odobescu quote as official?", "odobescu-hague-2024-constant-evolution", "unverified"),
    ("can we use rutte's investment line in the deck?", "rutte-tirana-2025-stepping-up-investment", "Verified"),
    ("could we quote stoltenberg's recommit line in a press release?", "stoltenberg-rome-2022-recommit", "Verified"),
])
def test_the_quote_and_its_trust_are_the_answer(bot_9_november, asked, first, says):
    reply = bot_9_november.handle(Request(asked, user=asked))
    assert reply.items and reply.items[0].id == first and says in reply.title, reply.title
