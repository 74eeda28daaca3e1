"""A miss names what is missing, never more: a person's private life is "not recorded" (not their op-ed); words of a
stranger at a real event are "no quote by" them (the event exists); an entry of another kind asked at a place is that
entry missed there ("no NATO Integrated Cyber Defence Centre in Berlin"), never "no event in Berlin"."""

import pytest

from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("typed", "stranger"), [
    ("what did NATO cyber envoy Lars Henriksen say in berlin?", "lars henriksen"),
    ("what did the nato cyber envoy say in berlin?", "nato cyber envoy"),
    ("what did NATO envoy Lars Henriksen say at the tirana conference?", "lars henriksen"),
])
def test_a_strangers_words_at_a_real_event_are_no_quote_by_them(bot, typed, stranger):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and "There is no quote by" in reply.title and stranger in reply.title.lower(), reply.title
    assert "I have no event" not in reply.title


@pytest.mark.parametrize(("typed", "title"), [
    ("the nicc in berlin", "I have no NATO Integrated Cyber Defence Centre in Berlin."),
    ("cyber coalition in rome", "I have no Cyber Coalition in Rome."),
])
def test_an_initiative_asked_at_a_place_it_never_was_is_no_initiative_there(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and reply.title == title


def test_a_document_asked_with_everyday_words_still_says_what_it_says(first_item):
    assert first_item("what does the cyber defence pledge actually say") == "cyber-defence-pledge-2016"


@pytest.mark.parametrize(("typed", "name"), [
    ("stoltenberg's favourite cyber movie?", "Jens Stoltenberg"),
    ("what is rutte's favourite food", "Mark Rutte"),
    ("is rutte married", "Mark Rutte"),
    ("stoltenberg's hobbies", "Jens Stoltenberg"),
    ("ollongren salary", "Kajsa Ollongren"),
])
def test_a_persons_private_life_is_not_recorded(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and reply.title == f"The knowledge does not record the private life of {name}", reply.title


@pytest.mark.parametrize(("typed", "quote"), [
    ("what is rutte's favourite line about investment", "rutte-tirana-2025-stepping-up-investment"),  # a line asked for
])
def test_a_favourite_line_is_still_a_line(first_item, typed, quote):
    assert first_item(typed) == quote


@pytest.mark.parametrize("typed", ["when was nato founded", "what year was nato created"])
def test_natos_own_founding_is_not_recorded(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and reply.title == "The knowledge does not record when NATO was founded", reply.title


@pytest.mark.parametrize("typed", ["where is nato headquarters", "where is nato based"])
def test_natos_seat_is_where_an_event_at_its_headquarters_was(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith("NATO Headquarters: Brussels, Belgium (where "), reply.title


@pytest.mark.parametrize(("typed", "title"), [
    ("is it true that nato got hacked", "The attack the knowledge records: DDoS attack on NATO public websites"),
    ("is it true that hackers attacked nato in 2014", "The attack the knowledge records: DDoS attack on NATO public websites"),
    ("is it true that russia hacked nato", "The knowledge records no attack on or by “russia”"),
    ("i heard china hacked nato", "The knowledge records no attack on or by “china”"),
])
def test_an_attack_claimed_is_the_attack_the_knowledge_records_or_none(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(title), reply.title  # not the malware platform, the Wales summit of 2014 or a conference


@pytest.mark.parametrize(("typed", "title"), [
    ("did rutte write an article", "The knowledge records no article or other piece written by Mark Rutte"),
    ("i heard rutte wrote an article", "The knowledge records no article or other piece written by Mark Rutte"),
    ("did ollongren ever write a column", "The knowledge records no article or other piece written by Kajsa Ollongren"),
    ("did macron write an article", "There is nobody called “macron” in the knowledge, and no piece by them"),
])
def test_a_piece_asked_of_someone_who_wrote_none_is_not_anothers(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and reply.title == title, reply.title  # never Stoltenberg's op-ed


@pytest.mark.parametrize("typed", ["did stoltenberg write an op-ed", "is it true stoltenberg wrote an article"])
def test_a_piece_someone_wrote_is_that_piece(first_item, typed):
    assert first_item(typed) == "stoltenberg-oped-2016"


@pytest.mark.parametrize("typed", ["did stoltenberg attack rutte", "was rutte hacked"])
def test_an_attack_on_or_by_someone_the_attack_never_names_is_a_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and reply.title.startswith("The knowledge records no attack on or by “rutte”"), reply.title  # not the 2014 DDoS


@pytest.mark.parametrize(("typed", "stranger"), [
    ("Mattarella came to the Rome conference?", "mattarella"),
    ("did Tajani go to the Hague conference?", "tajani"),
    ("did Scholz come to the Berlin conference?", "scholz"),
    ("Macron went to the Paris pledge conference?", "macron"),
])
def test_a_stranger_asked_as_coming_to_an_event_is_nobody_recorded(bot, typed, stranger):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and f"nobody called “{stranger}”" in reply.title, reply.title
