"""Hinglish (Hindi in Latin letters mixed into English: "tallinn wala conference kab hua tha?", "rutte ne china ke baare
mein kya bola?"): read into English, asking word and verb first, and answered as the English is; English is left alone."""

import pytest

from bot.answering.hinglish_reading import is_hinglish, read_if_hinglish
from bot.answering.normalizing import normalize
from bot.request import Request


@pytest.mark.parametrize(("typed", "english"), [
    ("london wala pledge conference kab hua tha?", "when was london pledge conference held?"),
    ("odobescu ne hague mein cyber ke baare mein kya bola", "what did odobescu say in hague about cyber"),
    ("tallinn wale conference ko host kisne kiya tha", "who hosted tallinn conference"),
    ("warsaw summit july 2016 mein hua tha na", "warsaw summit was held in july 2016, right"),
    ("Kaja Kallas kaun hai?", "who is Kaja Kallas?"),
    ("cyber defence pledge kab sign hua tha", "when was cyber defence pledge signed"),
    ("baerbock berlin conference mein gayi thi kya?", "did baerbock go in berlin conference?"),
    ("rutte ka no one stands alone wala quote batao", "tell me rutte's no one stands alone quote"),
])
def test_hinglish_is_read_in_english_order(typed, english):
    assert read_if_hinglish(typed) == english


@pytest.mark.parametrize("typed", [
    "who said 'no one stands alone'?", "when was the conference in Tirana?", "tell me about the hague",
    "cfare tha ai atje?", "do the needful and list the conferences", "what did Rutte say about investment",
])
def test_english_and_other_languages_are_left_alone(typed):
    assert not is_hinglish(typed) and read_if_hinglish(typed) == typed


@pytest.mark.parametrize(("asked", "first"), [
    ("london wali 2019 pledge conference kab hui thi?", "london-pledge-conference-2019"),
    ("tallinn pledge conference kahan hua tha bhai", "tallinn-pledge-conference-2021"),
    ("paris conference ko host kisne kiya tha?", "paris-pledge-conference-2018"),
    ("rutte ne tirana mein kya kaha tha", "rutte-tirana-2025-"),
    ("'one for all and all for one' kiska quote hai yaar", "stoltenberg-berlin-2023-one-for-all"),
    ("kajsa ollongren kis country ki minister thi", "kajsa-ollongren"),
    ("NATO ne cyberspace ko operational domain kab declare kiya", "cyberspace-domain-of-operations-2016"),
])
def test_hinglish_questions_are_answered(bot, asked, first):
    reply = bot.handle(Request(asked, user=asked))
    assert any(i.id.startswith(first) for i in reply.items[:2]), (reply.title, [i.id for i in reply.items[:3]])


@pytest.mark.parametrize(("asked", "named"), [
    ("modi ne NATO cyber conference mein kya bola tha", "modi"),
    ("NATO cyber conference delhi mein kab hua tha", "Delhi"),
    ("lisbon summit 2010 mein cyber pe kya decide hua tha", "2010"),
])
def test_what_the_knowledge_lacks_is_named_as_typed(bot, asked, named):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.kind == "not_found" or reply.title.startswith(("I have no", "There is no", "Nobody")), reply.title
    assert normalize(named) in normalize(reply.title), reply.title
