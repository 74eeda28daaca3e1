"""A source asked for a claim, as a careful reader asks it ("according to which source was X agreed in Y?", "what is
the source for X being agreed in Y?"): the sources that say it when it holds, the claim corrected when it does not,
never the sources of whichever entry shares its words."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "entry"), [
    ("according to which source was the nicc agreed at the washington summit?", "nicc-2024"),
    ("what is the source for the nicc being agreed in washington?", "nicc-2024"),
    ("according to which source did the berlin conference take place on 9 november?", "berlin-cyber-defence-conference-2023"),
    ("on what source do you base the date of the berlin conference?", "berlin-cyber-defence-conference-2023"),
    ("based on which article was cyberspace recognised as a domain?", "cyberspace-domain-of-operations-2016"),
])
def test_the_sources_of_a_claim_that_holds(bot, typed, entry):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "list" and "source" in reply.title and entry in [i.id for i in reply.items], reply.title


@pytest.mark.parametrize(("typed", "corrected"), [
    ("according to which source was the pledge agreed in rome?", "not in Rome"),
    ("which article says the berlin conference took place on 10 november?", "9 November 2023"),
    ("which source says the nicc was agreed in vilnius", "not at NATO Vilnius Summit 2023"),
    ("was the cyber defence pledge adopted in brussels?", "not in Brussels"),  # where only a meeting was held, not a summit
])
def test_a_claim_the_knowledge_contradicts_is_corrected(bot, typed, corrected):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("No:") and corrected in reply.title, reply.title


def test_an_entry_named_keeps_its_own_sources_route(bot):
    reply = bot.handle(Request("sources for the berlin conference", user="u"))  # an entry's name is no claim: the entry, then its sources
    assert reply.items[0].id == "berlin-cyber-defence-conference-2023" and "src-berlin-2023" in [i.id for i in reply.items], reply.title


def test_words_put_as_someones_are_checked_as_theirs(bot):
    reply = bot.handle(Request("rutte said cyber attacks are overrated, source?", user="u"))
    assert reply.title.startswith("I have no quote by Mark Rutte"), reply.title


@pytest.mark.parametrize(("typed", "trust"), [
    ("is stoltenberg's china quote verbatim or translated?", "Re-translated"),
    ("is the kinetic quote a translation?", "Re-translated"),
    ("is rutte's no one stands alone quote verbatim or paraphrased?", "Verified"),
    ("the saceur line, verbatim or translated?", "Re-translated"),
    ("the china statement: verbatim or paraphrase?", "Re-translated"),
])
def test_a_quotes_trust_asked_as_a_choice(bot, typed, trust):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(trust), reply.title


@pytest.mark.parametrize("typed", ["who is bound by the cyber defence pledge", "which countries are legally bound by the pledge?",
                                   "who is committed to the cyber defence pledge"])
def test_who_a_document_binds_is_who_agreed_it(bot, typed):
    reply = bot.handle(Request(typed, user=typed))  # not "nobody called 'bound by the cyber defence pledge'"
    assert reply.items[0].id == "cyber-defence-pledge-2016" and "Allied Heads of State" in str(reply.fields), reply.title
