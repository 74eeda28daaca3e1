"""A piece of writing asked for by an outlet or writer the knowledge holds nothing from ("the Guardian's report on
Tirana", "a Politico piece"), or a catalogue identifier it never records (a DOI, an ISSN): an honest miss naming what
was asked, never another outlet's article or the op-ed's card as if it were the one asked for."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "named"), [
    ("Do you have the Guardian's report on the Tirana conference?", "Guardian"),
    ("link to the Politico piece about the Hague pledge conference", "Politico"),
    ("is there an Economist article on NATO cyber defence in your sources?", "Economist"),
    ("I'm looking for the Anne Applebaum column on cyber deterrence, author and date", "Anne Applebaum"),
])
def test_a_piece_from_an_outlet_the_knowledge_lacks(bot, typed, named):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and reply.title.startswith("I have no") and named in reply.title, reply.title


@pytest.mark.parametrize(("typed", "about"), [
    ("when was the Parliament Magazine op-ed published?", {"stoltenberg-oped-2016", "src-oped-2016"}),
    ("url of the Europe Diplomatic article", {"src-tirana-2025"}),
    ("who wrote the Diplomatic Affairs article?", {"roxana-stanica"}),
])
def test_a_piece_from_an_outlet_the_knowledge_holds_is_answered(bot, typed, about):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and reply.items and reply.items[0].id in about, reply.title


@pytest.mark.parametrize("typed", ["DOI of the Stoltenberg op-ed?", "what's the ISSN for the Parliament Magazine op-ed"])
def test_a_catalogue_identifier_is_never_recorded(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("The knowledge does not record a DOI"), reply.title
