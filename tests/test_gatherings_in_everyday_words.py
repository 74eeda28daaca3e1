"""Gatherings asked after in everyday words: a topic every gathering here shares ("the meeting about computers in
wales", "a summit on hacking in poland"), a word no event's name holds ("the gathering in estonia", "the do in
tirana", "a get-together in the uk"), and a list narrowed by a country it names ("which conference was in the
netherlands": never Berlin's, whose text names a Dutch speaker). Before: "Nothing in the knowledge matches 'the
meeting computers in wales'", "I have no entry for 'gathering in estonia'", Berlin listed among the Dutch ones."""

import pytest

from bot.answering.cyber_scope import without_cyber_scope
from bot.request import Request


@pytest.mark.parametrize(("typed", "event"), [
    ("what was that meeting about computers in wales", "wales-summit-2014"),
    ("a summit on hacking in poland?", "warsaw-summit-2016"),
    ("the conference about internet security in estonia, when was it", "tallinn-pledge-conference-2021"),
    ("when was the gathering on digital threats in tirana", "tirana-cyber-defence-conference-2025"),
])
def test_a_topic_in_everyday_words_narrows_nothing(bot, typed, event):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == event, reply.title


def test_a_topic_asked_of_a_speaker_is_still_asked():
    typed = "what did rutte say at the conference about hacking in tirana"
    assert without_cyber_scope(typed) == typed  # what he said about it: the topic is the question


@pytest.mark.parametrize(("typed", "event"), [
    ("the gathering in estonia", "tallinn-pledge-conference-2021"),
    ("the event in Estonia?", "tallinn-pledge-conference-2021"),
    ("the do in tirana", "tirana-cyber-defence-conference-2025"),
    ("when was the forum in the hague", "hague-pledge-conference-2024"),
    ("the summit in the uk", "wales-summit-2014"),  # a kind named: the one summit there
])
def test_a_gathering_by_a_word_no_name_holds(bot, typed, event):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items and reply.items[0].id == event, reply.title


@pytest.mark.parametrize(("typed", "events"), [
    ("a get-together in the uk", {"wales-summit-2014", "london-pledge-conference-2019", "london-cyber-defence-conference-2024"}),
    ("the conference in london", {"london-pledge-conference-2019", "london-cyber-defence-conference-2024"}),
])
def test_several_held_there_are_asked_about(bot, typed, events):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.endswith("which one do you mean?") and {i.id for i in reply.items} == events, reply.title


@pytest.mark.parametrize(("typed", "event"), [
    ("which conference was in the netherlands", "hague-pledge-conference-2024"),
    ("which conference was about computer security in germany", "berlin-cyber-defence-conference-2023"),
])
def test_a_list_holds_only_those_held_where_it_names(bot, typed, event):
    reply = bot.handle(Request(typed, user=typed))
    assert [i.id for i in reply.items] == [event], reply.title


@pytest.mark.parametrize(("typed", "title"), [
    ("what happened at the madrid summit in 2022 on cyber", "No summits in Madrid in 2022 in the knowledge"),
    ("which conference was in the netherlands", "1 conference in the Netherlands"),
])
def test_a_list_says_the_place_it_was_narrowed_to(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))  # not "matching 'madrid'": a place, not words looked for
    assert reply.title == title, reply.title
