"""A gathering asked for as the kind it was not ("the cyber summit in albania's capital", "the conference in vilnius in
2023"), or in a city of the country that held it ("the conference in amsterdam in 2024"): no such one said first, then
the one summit or conference held there; anything else stays an honest miss."""

import pytest

from adapters.text_render import render_text
from bot.request import Request


@pytest.mark.parametrize(("typed", "entry", "said"), [
    ("when was the nato summit in tirana", "tirana-cyber-defence-conference-2025", "I have no summit in Tirana; the gathering there was"),
    ("who spoke at the cyber summit in albania's capital", "tirana-cyber-defence-conference-2025", "I have no summit in Tirana;"),
    ("who spoke at the berlin summit", "berlin-cyber-defence-conference-2023", "I have no summit in Berlin;"),
    ("what was the rome summit about", "rome-pledge-conference-2022", "I have no summit in Rome;"),
    ("the conference in vilnius in 2023", "vilnius-summit-2023", "I have no conference in Vilnius in 2023;"),
])
def test_the_one_gathering_there_follows_the_miss(bot, typed, entry, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == entry and reply.title.startswith(said), reply.title
    assert "a conference" in reply.title or "a summit" in reply.title  # what it was, said


@pytest.mark.parametrize(("typed", "said"), [
    ("the cyber conference in amsterdam in 2024, who co-hosted it",
     "I have no conference in Amsterdam in 2024; the one in the Netherlands was NATO Cyber Defence Pledge Conference 2024, in The Hague:"),
    ("who spoke at the conference in munich", "I have no conference in Munich; the one in Germany was First annual NATO Cyber Defence Conference, in Berlin:"),
])
def test_a_city_that_held_none_gives_its_countrys_one_gathering_after_the_miss(bot, typed, said):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(said), reply.title


@pytest.mark.parametrize("typed", [
    "when was the conference in oslo",  # Norway held none
    "was there a summit in tirana",  # whether there was one: no
    "did rome host a summit?",
    "when was the conference in brussels",  # a photo meeting there is no conference
])
def test_no_gathering_of_the_other_kind_there_stays_a_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert "the gathering there was" not in render_text(reply), reply.title


def test_a_loose_kind_is_no_kind_asked(first_item):
    assert first_item("Which countries ran the Hague meeting?") == "hague-pledge-conference-2024"  # a meeting is any gathering


@pytest.mark.parametrize(("typed", "title"), [
    ("what happened in holland in 2024", "1 event in the Netherlands in 2024"),
    ("what happened at the nato thing in holland in 2024", "1 event in the Netherlands in 2024"),
    ("what happened in berlin", "1 event in Berlin"),
])
def test_what_happened_at_a_place_is_what_was_held_there(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title == title  # "holland" is the Netherlands, not a word to find in the events' text


@pytest.mark.parametrize(("typed", "event", "said"), [
    ("what did rutte say at the summit", "tirana-cyber-defence-conference-2025", "What Mark Rutte said at NATO Cyber Defence Conference 2025"),
    ("what did the albanian prime minister say at the summit", "tirana-cyber-defence-conference-2025",
     "There is no quote by Edi Rama at NATO Cyber Defence Conference 2025"),  # never quoted: the miss names where he spoke
    ("what did odobescu say at the conference", "hague-pledge-conference-2024", "What Luminița Odobescu said at NATO Cyber Defence Pledge Conference 2024"),
])
def test_words_asked_at_a_kind_of_gathering_are_the_speakers_own_gathering(bot, typed, event, said):
    reply = bot.handle(Request(typed, user=typed))
    assert event in [i.id for i in reply.items] and reply.title.startswith(said), reply.title


@pytest.mark.parametrize("typed", ["who hosted the one in holland", "the holland conference, who hosted it", "was the hague conference in holland?"])
def test_holland_is_the_netherlands(first_item, typed):
    assert first_item(typed) == "hague-pledge-conference-2024"
