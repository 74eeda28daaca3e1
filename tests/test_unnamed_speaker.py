"""A pronoun with nobody before it to point to is no name: the lines on the topic asked, titled as found by
topic, or a question back when there is no topic; and a misspelt question word is read wherever it stands."""

import pytest

from bot.answering.question_words import fix_question_word
from bot.request import Request
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(("typed", "quote"), [
    ("which companies did he name re ukraine", "stoltenberg-berlin-2023-private-companies"),
    ("what did he say about china's values", "stoltenberg-berlin-2023-china-values"),
    ("what did she say about dependence on russian energy", "stoltenberg-berlin-2023-russia-energy"),
    ("what did he say about facial recognition", "stoltenberg-berlin-2023-china-exports"),
])
def test_a_pronoun_speaker_in_a_first_question_gets_the_lines_on_the_topic(bot, typed, quote):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == quote, reply.title
    assert "by whoever said them" in reply.title  # the asker's "he" is never put to the words


@pytest.mark.parametrize("typed", ["what did he say", "did they say anything quotable?", "what did she say exactly"])
def test_a_pronoun_speaker_with_no_topic_is_asked_back(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert is_miss(reply) and reply.title.startswith("Who is “"), reply.title
    assert "There is no quote by" not in reply.title


def test_a_pronoun_speaker_at_a_named_event_stays_a_miss(bot):
    reply = bot.handle(Request("what did she say in Berlin about Russia", user="u"))
    assert is_miss(reply)  # nobody but Stoltenberg is quoted there: not his line for "she"


@pytest.mark.parametrize(("typed", "read"), [
    ("wen was the rome conference", "when was the rome conference"),
    ("vilnius summit wen", "vilnius summit when"),
    ("2007 estonia attacks wat happened", "2007 estonia attacks what happened"),
    ("the hague conf hwo hosted", "the hague conf who hosted"),
    ("whe was rome", "when was rome"),  # first word only: "whe" is too near other words elsewhere
    ("rome whe", "rome whe"),
    ("wen", "wen"),  # a lone word is left to the commands' own spelling help
])
def test_a_misspelt_question_word_is_read_wherever_it_is_unmistakable(typed, read):
    assert fix_question_word(typed) == read


def test_a_question_word_typed_last_finds_the_entry(first_item):
    assert first_item("vilnus summit wen") == "vilnius-summit-2023"
