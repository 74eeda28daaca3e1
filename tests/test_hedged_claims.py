"""A claim put by anyone, half-remembered, or taught and then doubted is checked as a claim, not searched as words;
who is to come is no one the knowledge names; the asker's own words after a question are no part of it."""

import pytest

from adapters.text_render import render_text
from bot.answering.claims import CLAIM_PREFIX
from bot.answering.question_text import normalise_question
from bot.request import Request


@pytest.mark.parametrize("typed", [
    "the hague conference was in 2023 i think?",
    "the berlin conference was hosted by france, i believe.",
    "I told my class the pledge was agreed in Wales in 2014. Have I got that wrong?",
    "I told my students that the Tirana conference was in 2024. Did I get that wrong?",
    "another podcast said the pledge came out of the Wales summit in 2014. true?",
    "a guest on my show claimed rutte opened the berlin conference",
    "one listener says the rome conference was online",
    "I half remember Berlin being the first annual cyber defence conference",
    "I vaguely remember that the hague conference was online",
    "rutte spoke in tirana, or am I wrong?",
])
def test_a_claim_however_it_is_reported_is_checked(typed):
    assert normalise_question(typed).startswith(CLAIM_PREFIX)


@pytest.mark.parametrize("typed", [
    "it was online i think, but hosted from which city",  # a hedge inside a question: the question is asked
    "who said the pledge was agreed in wales?",
    "what did a minister say about the pledge",
])
def test_a_hedge_or_a_report_inside_a_question_is_no_claim(typed):
    assert not normalise_question(typed).startswith(CLAIM_PREFIX)


@pytest.mark.parametrize(("typed", "verdict", "word"), [
    ("the hague conference was in 2023 i think?", "No: ", "2024"),
    ("I told my class that the pledge was agreed in Wales in 2014. Have I got that wrong?", "No: ", "Warsaw"),
    ("another podcast said the pledge came out of the Wales summit in 2014. true?", "No: ", "Warsaw"),
    ("the rome conference was in november if i remember rightly", "Yes: ", "November 2022"),
    ("exactly 3 years ago today was the berlin conference, right?", "Yes: ", "9 November 2023"),
    ("two years ago was the tirana conference, correct?", "No: ", "2025"),
    ("I half remember Tirana being the very first annual cyber defence conference", "No: ", "Berlin"),  # of Tirana, not of the first
    # an edition claimed first in either order, and "annual" naming the annual series
    ("is it true that nato's first ever cyber conference was berlin 2023", "Only partly: ", "2018"),
    ("berlin was the first annual cyber defence conference, right?", "Yes: ", "edition 1"),
    ("tirana was the first annual cyber defence conference, right?", "No: ", "Berlin"),
])
def test_the_verdict_leads(bot, typed, verdict, word):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.title.startswith(verdict), reply.title
    assert word in render_text(reply)


@pytest.mark.parametrize(("typed", "speaker_words"), [
    ("Rutte said something about actors in cyberspace every day, can you find it", "state and non-state actors"),
    ("Ollongren said something about standing together - could you dig it up for me?", "stand together"),
])
def test_said_something_then_find_it_gets_the_line(bot, typed, speaker_words):
    assert speaker_words in render_text(bot.handle(Request(typed, user=typed)))


@pytest.mark.parametrize("typed", [
    "Who will replace Rutte as Secretary General?",
    "who's going to be the next secretary general",
    "who will be the next NATO chief?",
    "who is going to succeed rutte",
])
def test_a_successor_to_come_is_an_honest_miss(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and "after Mark Rutte" in reply.title, reply.title


def test_a_successor_recorded_is_still_named(first_item):
    assert first_item("who replaced stoltenberg") == "mark-rutte"


@pytest.mark.parametrize(("typed", "read"), [
    ("Who wrote the article about The Hague conference? I need to credit it on my worksheet.", "who wrote the article about the hague conference"),
    ("who said we must not repeat this mistake? i need it for a slide", "who said we must not repeat this mistake"),
    ("who said cyber defence is part of collective defence, and we stand together?",
     "who said cyber defence is part of collective defence and we stand together"),  # the words asked run to the "?"
])
def test_the_askers_own_words_after_a_who_question_are_left_out(typed, read):
    assert normalise_question(typed) == read


def test_what_a_draft_mentions_is_what_its_it_stands_for(first_item):
    assert first_item("Our draft mentions the 2023 conference in Berlin. Can you confirm its date?") == "berlin-cyber-defence-conference-2023"


def test_a_gathering_a_draft_mentions_that_never_was_is_an_honest_miss(bot):
    typed = "Our older draft mentions a 2017 NATO Cyber Defence Summit in Madrid with a keynote by Stoltenberg. Can you confirm its date?"
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and "Madrid" in reply.title, reply.title
