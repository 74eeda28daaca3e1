"""A careful reader's asks about what an article leaves out, who decided something, and how sure a fact is:

    "what does the rome article leave out?"            -> that article's card, with what the knowledge notes of it
    "who decided to establish the nicc?"               -> the decision, and who made it where
    "is the date of the berlin conference confirmed?"  -> the conference's date, its note on how sure it is, its sources

Never the note on another article (the Hague article "leaves out Geoana" is not the Rome article's gap), never a miss
about a person called "decided to establish the nicc"."""

import pytest

from adapters.text_render import render_text
from bot.answering.framed_asks import framed_ask
from bot.request import Request


@pytest.mark.parametrize(("typed", "article"), [
    ("what does the rome article leave out?", "src-rome-2022"),
    ("what doesn't the rome article say?", "src-rome-2022"),
    ("what is missing from the hague article?", "src-hague-2024"),
    ("what does the berlin piece omit?", "src-berlin-2023"),
    ("what does the tirana article not mention?", "src-tirana-2025"),
])
def test_what_an_article_leaves_out_is_its_own_notes(bot, typed, article):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == article and "notes" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "decision"), [
    ("who decided to establish the nicc?", "nicc-2024"),
    ("who decided on the cyber defence pledge", "cyber-defence-pledge-2016"),
    ("who voted for the pledge", "cyber-defence-pledge-2016"),
    ("who decided that cyberspace is a domain of operations", "cyberspace-domain-of-operations-2016"),
])
def test_who_decided_is_who_agreed(bot, typed, decision):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == decision, reply.title


@pytest.mark.parametrize(("typed", "read"), [
    ("is the date of the berlin conference confirmed by an official source", "when was the berlin conference"),
    ("is the hague conference date verified", "when was the hague conference"),
    ("how certain is the venue of the rome conference", "where was the rome conference"),
    ("are the hosts of the rome conference confirmed", "who hosted the rome conference"),
    ("what is unconfirmed about the hague conference", "the hague conference"),
    ("which facts about the tirana conference are unconfirmed", "the tirana conference"),
    ("is the pledge confirmed", None),  # no fact of it named: the checks read it
])
def test_how_sure_a_fact_is_asks_the_fact(typed, read):
    words = set(typed.split())
    assert framed_ask(typed, typed.split()[0], typed.split()[-1], words) == read


@pytest.mark.parametrize(("typed", "entry", "said"), [
    ("is the date of the berlin conference confirmed by an official source?", "berlin-cyber-defence-conference-2023", "high confidence"),
    ("which facts about the hague conference are unconfirmed?", "hague-pledge-conference-2024", "gives no date"),
])
def test_the_card_says_how_sure_it_is(bot, typed, entry, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == entry and said in render_text(reply), reply.title
