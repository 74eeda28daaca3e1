"""A pronoun after leads in the asker's voice stands for what they name, not for the asker (bot.answering.asker_leads),
and a bracket describing someone the asker knows is an aside (bot.answering.asides)."""

import pytest

from bot.answering.asides import drop_asides
from bot.answering.asker_leads import without_asker
from bot.answering.question_text import normalise_question


@pytest.mark.parametrize(("lead", "read"), [
    ("now my neighbour doug insists the rome cyber meeting was small", "the rome cyber meeting was small"),
    ("i seem to remember somebody else was in on it", None),
    ("i m sure london had a pledge conference once", "the london pledge conference"),
    ("i have an account of the berlin conference of 2022", "i have an account of the berlin conference of 2022"),
    ("our minister ollongren", "our minister ollongren"),
    ("the hague article has no date", "the hague article has no date"),
])
def test_the_askers_voice_is_taken_off_a_lead(lead, read):
    assert without_asker(lead) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("My neighbour Doug (retired RAF, knows everything) insists the Rome cyber meeting was tiny. I seem to remember it differently. When was it?",
     "when was the rome cyber meeting"),
    ("I'm sure London had a pledge conference once, my daughter walked past. What year was that one?", "when was the london pledge conference"),
    ("My son says the Tirana conference was huge. I can't remember myself. Who spoke at it?", "who spoke at the tirana conference"),
    ("the hague conference had no date. when was that one?", "when was the hague conference"),
])
def test_a_pronoun_after_the_askers_story(typed, read):
    assert normalise_question(drop_asides(typed)) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("There was a pledge conference in Tallinn once, my friend went. When was it?", "when was pledge conference in tallinn once"),
    ("there was some summit in wales, the article skips the date. when was it?", "when was summit in wales"),
    ("Rainy day here. There was a first NATO cyber defence conference in Berlin, my cutting leaves out the date. When was it?",
     "when was first nato cyber defence conference in berlin"),
])
def test_there_was_a_gathering_then_a_question_about_it(typed, read):
    assert normalise_question(drop_asides(typed)) == read
