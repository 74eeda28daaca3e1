"""Whether a cyber attack can bring Article 5 into play, asked in everyday words (bot.answering.article_five)."""

import pytest

from bot.answering.shorthand import spell_out_shorthand
from bot.request import Request


@pytest.mark.parametrize(("asked", "read"), [
    ("can a cyber attack make article 5 happen", "can a cyber attack trigger article 5"),
    ("could a hack set off article 5", "could a hack trigger article 5"),
    ("does a cyber attack count as article 5", "does a cyber attack trigger article 5"),
    ("could hackers make nato use article 5", "could hackers trigger article 5"),
    ("can article 5 be used for a cyber attack", "can a cyber attack trigger article 5"),
    ("does article 5 work for hacks", "can a cyber attack trigger article 5"),
    ("what did stoltenberg say about article 5", "what did stoltenberg say about article 5"),  # no verb bringing it into play
])
def test_article_five_asks(asked, read):
    assert spell_out_shorthand(asked) == read


@pytest.mark.parametrize("question", [
    "can a cyber attack make article 5 happen",
    "could a hack set off article 5?",
    "can article 5 be used for a cyber attack",
])
def test_answered_with_the_wales_policy(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "wales-2014-enhanced-cyber-defence-policy", reply.title
