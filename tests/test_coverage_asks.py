"""What the knowledge holds on one thing, asked the way an analyst checks coverage before relying on the bot ("how much
do you have on X", "do you have anything about X", "X - do you have that one?", "how far back does your data go"):
that thing's own entry, never a miss about a speaker called "do you have", nor the small-talk greeting."""

import pytest

from bot.request import Request


def _first(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    return reply, [i.id for i in reply.items]


@pytest.mark.parametrize(("typed", "entry"), [
    ("do you have anything on kallas", "kaja-kallas"),
    ("how much do you know about the warsaw summit", "warsaw-summit-2016"),
    ("what's in your data on geoana?", "mircea-geoana"),
    ("what do you know about ollongren", "kajsa-ollongren"),
    ("how much have you got on mcfadden", "pat-mcfadden"),
    ("what info do you have on the nicc", "nato-integrated-cyber-defence-centre"),
    ("do you cover cyber coalition?", "cyber-coalition"),
    ("do you have stuff on the tallinn conference", "tallinn-pledge-conference-2021"),
    ("have you got anything about the rapid reaction teams", "cyber-rapid-reaction-teams"),
    ("is the tirana conference in your data?", "tirana-cyber-defence-conference-2025"),
    ("the hague - do you have that one?", "hague-pledge-conference-2024"),
])
def test_coverage_asked_in_an_analysts_words_gets_the_entry(bot, typed, entry):
    reply, ids = _first(bot, typed)
    assert ids[:1] == [entry], (reply.title, ids)


@pytest.mark.parametrize("typed", [
    "how far back does your data go?",
    "how far back can you go",
    "how far back do your records go? anything from 2005?",
])
def test_how_far_back_is_the_earliest_entry(bot, typed):
    reply, ids = _first(bot, typed)
    assert ids[:1] == ["cyber-coalition-2008"] and "2008" in reply.title, reply.title


@pytest.mark.parametrize(("typed", "entry"), [
    ("tell me about rome", "rome-pledge-conference-2022"),
    ("anything on rome", "rome-pledge-conference-2022"),
    ("how much do you have on paris", "paris-pledge-conference-2018"),
])
def test_a_city_alone_is_the_gathering_held_there(bot, typed, entry):
    reply, ids = _first(bot, typed)
    assert ids[:1] == [entry], (reply.title, ids)


def test_a_city_with_two_gatherings_lists_both(bot):
    reply, ids = _first(bot, "what do you have on london")
    assert set(ids[:2]) == {"london-cyber-defence-conference-2024", "london-pledge-conference-2019"}, (reply.title, ids)


@pytest.mark.parametrize(("typed", "starts"), [
    ("what do you know", "Hello"),  # asks what the bot is for
    ("show me every conference in your knowledge", "8 conferences"),  # a list, its holder dropped
    ("any estonian politicians in your database?", "2 people from Estonia"),
])
def test_questions_of_their_own_are_left_alone(bot, typed, starts):
    reply, _ = _first(bot, typed)
    assert reply.title.startswith(starts), reply.title


def test_a_speakers_words_asked_from_them_stay_their_quotes(bot):
    reply, ids = _first(bot, "what do you have from ollongren")
    assert ids[:1] == ["ollongren-hague-2024-stand-together"], (reply.title, ids)


@pytest.mark.parametrize(("typed", "title"), [
    ("q2 2022 anything at all", "1 event in Q2 2022"),  # a time, not a thing called "q2 2022"
    ("may 2024 - anything?", "1 event in May 2024"),
    ("london 2019, anything?", "1 event in London in 2019"),
])
def test_a_time_asked_for_anything_is_what_happened_then(bot, typed, title):
    reply, _ = _first(bot, typed)
    assert reply.kind == "list" and reply.title == title, reply.title
