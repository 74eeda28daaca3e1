"""A quoted line asked about by its shape: cut off where a word goes, split in two by its source, or named by what it
is about ("under the new concept"). Asked of the real bot; the answer table holds a few rows of each class."""


import pytest

from adapters.text_render import render_text
from bot.answering.gap_fills import as_gap_fill
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("typed", "asked"), [
    ("in rome stoltenberg said the line between peace, crisis and conflict is... what was the word?",
     'who said "the line between peace, crisis and conflict is"'),
    ("rutte said no one stands alone... what was the rest?", 'who said "no one stands alone"'),
    ("cyber is a constantly contested… which word came next?", 'who said "cyber is a constantly contested"'),
    ("the berlin article says... what was it", "the berlin article says... what was it"),  # no word asked for
])
def test_a_line_cut_off_before_an_ask_for_the_word_is_looked_up_by_its_words(typed, asked):
    assert as_gap_fill(typed) == asked


@pytest.mark.parametrize("question", [
    "rutte's line 'no one stands alone in nato' - what was the rest of that sentence?",
    "how does rutte's 'no one stands alone' line continue?",
    "what's the ending of rutte's no one stands alone quote",
    "rutte said no one stands alone... what was the rest?",
])
def test_the_rest_of_a_sentence_split_in_two_is_its_other_half(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert reply.items[0].id == "rutte-tirana-2025-stand-together" and "harm" in render_text(reply), (question, reply.title)


@pytest.mark.parametrize("question", [
    "Rutte quote 'no one stands alone' - full sentence pls",
    "the full sentence of rutte's 'we all stand together in this digital age' line?",
    "rutte 'no one stands alone in nato' - need the complete sentence",
    "'we all stand together in this digital age' - what's the whole line?",
])
def test_the_full_sentence_asked_shows_its_halves_in_the_order_said(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert [i.id for i in reply.items[:2]] == ["rutte-tirana-2025-no-one-stands-alone", "rutte-tirana-2025-stand-together"], (question, reply.title)


def test_a_line_whose_sentence_is_whole_is_not_extended(bot):
    reply = bot.handle(Request("who said no one stands alone"))
    assert [i.id for i in reply.items if i.type == "quote"] == ["rutte-tirana-2025-no-one-stands-alone"]


@pytest.mark.parametrize("question", [
    "who gets the authority to respond under the new vilnius concept?",
    "according to stoltenberg in berlin, who has the authority to respond under the new concept?",
    "what does the concept give saceur",
])
def test_a_line_asked_by_the_concept_it_is_about_is_that_line(bot, question):
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply) and reply.items[0].id == "stoltenberg-berlin-2023-saceur-authority", (question, reply.title)


@pytest.mark.parametrize("question", [
    "stoltenberg in berlin: 'we must not repeat this mistake' - which mistake did he mean?",
    "which mistake was stoltenberg talking about with 'we must not repeat this mistake'?",
    "what mistake did he mean by 'we must not repeat this mistake'",
    "'We must not repeat this mistake' - WHAT mistake?? context pls",  # the noun asked bare, at the end
    "'we must not repeat this mistake' - which mistake?",
    "stoltenberg said 'we must not repeat this mistake' - what mistake exactly?",
    "'we must not repeat this mistake' - context?",  # the context of "this mistake": the line before
    "context for 'we must not repeat this mistake' pls",
])
def test_what_this_noun_in_a_line_meant_is_the_line_before_it(bot, question):
    reply = bot.handle(Request(question, user=question))
    ids = [i.id for i in reply.items]
    assert ids[:2] == ["stoltenberg-berlin-2023-not-repeat-mistake", "stoltenberg-berlin-2023-russia-energy"], (question, reply.title)
    assert "Russia" in render_text(reply) and "China" in render_text(reply)


@pytest.mark.parametrize("question", ["which companies did stoltenberg mean in berlin?", "'no one stands alone' - context?",
                                      "'no one stands alone' - what alliance?"])
def test_a_line_without_this_noun_gets_no_line_before_it(bot, question):
    reply = bot.handle(Request(question))
    assert "points back" not in reply.title


@pytest.mark.parametrize(("question", "quote"), [
    ("SACEUR line in the Berlin speech - what exactly??", "stoltenberg-berlin-2023-saceur-authority"),
    ("what's the SACEUR line in the Berlin speech?", "stoltenberg-berlin-2023-saceur-authority"),
    ("what was the 'nothing immoral' bit in the Berlin address?", "stoltenberg-berlin-2023-nothing-immoral"),
    ("investment line in the Tirana speech?", "rutte-tirana-2025-stepping-up-investment"),
    ("what exactly is the recommit line in the Rome speech", "stoltenberg-rome-2022-recommit"),
])
def test_a_line_named_by_its_topic_and_the_speech_s_place_is_that_line(bot, question, quote):
    reply = bot.handle(Request(question, user="speech-line"))
    assert quote in [i.id for i in reply.items[:3]], (reply.title, [i.id for i in reply.items])
