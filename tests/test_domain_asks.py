"""NATO's domains of operations asked in the plural: the cyber domain's entry, which names the others (bot.answering.domain_asks)."""

import pytest

from bot.answering.shorthand import spell_out_shorthand
from bot.request import Request


@pytest.mark.parametrize(("asked", "read"), [
    ("what are the other domains besides cyber", "what is the cyber domain"),
    ("what domains does nato have", "what is the cyber domain"),
    ("which are the four domains of operations", "what is the cyber domain"),
    ("what are nato s domains", "what is the cyber domain"),
    ("how many domains are there", "what is the cyber domain"),
    ("when did nato add cyberspace to its domains", "when did nato add cyberspace to its domains"),  # a date asked: as typed
])
def test_domain_asks(asked, read):
    assert spell_out_shorthand(asked) == read


@pytest.mark.parametrize("question", ["whats the other domains besides cyber", "what are nato's domains?", "name the domains of warfare"])
def test_answered_with_the_domains(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "cyberspace-domain-of-operations-2016", reply.title
