"""Queries typed as into a web search engine: operators ("site:nato.int"), a question word as a label ("when:",
"who:"), "wiki" or "google" around the query, keywords only ("stoltenberg quote list", "rutte tirana video message"):
the entry the keywords name, never a miss about the operator or a topic called "list"."""

import pytest

from bot.answering.search_habits import without_search_habits
from bot.request import Request


@pytest.mark.parametrize(("typed", "read"), [
    ("site:nato.int cyber defence pledge", "cyber defence pledge"),
    ("cyber coalition filetype:pdf", "cyber coalition"),
    ("when: london cyber defence conference", "when london cyber defence conference"),
    ("Who:Edi Rama", "Who Edi Rama"),
    ("wiki cyber coalition", "cyber coalition"),
    ("tirana conference google", "tirana conference"),
    ("what is on wikipedia", "what is on wikipedia"),  # where something is said: not a look-up word
    ("was the berlin conference funded by google", "was the berlin conference funded by google"),  # google asked about
    ("what :eyes: happened", "what :eyes: happened"),  # an emoji shortcode, no label
    ("when was the rome conference", "when was the rome conference"),
])
def test_search_habits_are_dropped(typed, read):
    assert without_search_habits(typed) == read


@pytest.mark.parametrize(("typed", "first"), [
    ("site:nato.int cyber defence pledge", "cyber-defence-pledge-2016"),
    ("wiki cyber defence pledge", "cyber-defence-pledge-2016"),
    ("when: tirana conference", "tirana-cyber-defence-conference-2025"),
    ("who: kajsa ollongren", "kajsa-ollongren"),
    ("google rapid reaction teams", "cyber-rapid-reaction-teams"),
])
def test_the_query_behind_the_habit_is_answered(bot, typed, first):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind != "not_found" and reply.items[0].id == first, reply.title


@pytest.mark.parametrize(("typed", "title"), [
    ("stoltenberg quote list", "28 quotes by Jens Stoltenberg"),
    ("quotes by rutte list", "4 quotes by Mark Rutte"),
    ("all quotes stoltenberg", "28 quotes by Jens Stoltenberg"),
    ("quotes odobescu all", "1 quote by Luminița Odobescu"),
])
def test_every_quote_asked_in_keywords(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))  # not "no quote by him about 'list'"
    assert reply.title == title, reply.title


@pytest.mark.parametrize(("typed", "speaker", "event"), [
    ("rutte tirana video message", "mark-rutte", "tirana-cyber-defence-conference-2025"),
    ("stoltenberg rome keynote", "jens-stoltenberg", "rome-pledge-conference-2022"),
    ("ollongren hague opening remarks", "kajsa-ollongren", "hague-pledge-conference-2024"),
    ("stoltenberg berlin welcome remarks", "jens-stoltenberg", "berlin-cyber-defence-conference-2023"),
])
def test_a_speech_asked_by_speaker_place_and_kind_of_speech(bot, typed, speaker, event):
    reply = bot.handle(Request(typed, user=typed))  # his lines there, not a platform his keynote mentions
    quotes = [bot.engine.knowledge.quotes[i.id] for i in reply.items if i.type == "quote"]
    assert quotes and all(q.speaker == speaker and q.event == event for q in quotes), reply.title
