"""What a speech held, asked without naming its speaker or quoting it: "in the berlin speech, what did he say about X",
"who did X welcome at the start of his speech", "the seed writes Kiev, how does NATO write it"."""

import pytest

from bot.answering.said_verbs import as_said
from bot.request import Request


@pytest.mark.parametrize(("asked", "first", "words"), [
    ("In the Berlin speech, what did he say about Russia and energy?", "stoltenberg-berlin-2023-russia-energy", "energy"),
    ("Dans le discours de Berlin, what did he say about China?", "stoltenberg-berlin-2023-china-values", "China"),
    ("in his Rome speech, what did he say about money?", "stoltenberg-rome-2022-recommit", "money"),
    ("In the Tirana address, what did he say about investment?", None, "Rutte"),
])
def test_he_after_a_named_speech_is_its_speaker(bot, asked, first, words):
    from bot.request import Request

    reply = bot.handle(Request(asked, user=asked))
    assert words in str(reply)
    assert first is None or reply.items[0].id == first



@pytest.mark.parametrize(("typed", "said"), [
    ("who did Stoltenberg welcome at the start of his speech?", "what did Stoltenberg say about welcome?"),
    ("whom did stoltenberg greet first in berlin", "what did stoltenberg say about welcome in berlin"),
    ("who did Rutte thank in Tirana?", "what did Rutte say about thanks in Tirana?"),
    ("who welcomed the delegates in berlin?", "who welcomed the delegates in berlin?"),
])
def test_whom_a_speaker_greeted_is_asked_as_what_they_said(typed, said):
    assert as_said(typed) == said


@pytest.mark.parametrize("asked", [
    "Who did Stoltenberg welcome at the beginning of his speech in Berlin?",
    "whom did stoltenberg greet first in his berlin speech?",
    "who did Stoltenberg welcome in Berlin?",
])
def test_whom_stoltenberg_welcomed_in_berlin_is_his_welcome_line(bot, asked):
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items[0].id == "stoltenberg-berlin-2023-welcome" and "Baerbock" in str(reply)


@pytest.mark.parametrize("asked", [
    "the seed writes Kiev, how does NATO write it?",
    "Stoltenberg spoke of requests for help from Kiev. The seed writes Kiev: is that NATO's spelling?",
    "the seed writes Kiev. NATO spells it how?",
])
def test_a_seed_is_an_article_whose_spelling_can_be_asked(bot, asked):
    assert "Kyiv" in bot.handle(Request(asked, user=asked)).title


@pytest.mark.parametrize(("typed", "asked"), [
    ("enemy in the original english which word did he use it matters for my translation", "original english of the enemy line"),
    ("in the original english which word did stoltenberg use for enemy", "original english of the enemy line"),
    ("in the original what word did she use for resilience", "original english of the resilience line"),
    ("which word did he use for enemy", "which word did he use for enemy"),  # no original asked: left to the routes
])
def test_which_word_a_translated_line_stands_for_is_its_original(typed, asked):
    from bot.answering.original_asks import original_ask

    assert original_ask(typed) == asked


@pytest.mark.parametrize(("after", "asked"), [
    ("The sentence 'China is not our enemy', who has said it?", "'enemy' - in the original English, which word did he use?"),
    ("who said 'China is not our enemy'?", "in the original English, what word did he use for enemy?"),
    (None, "in the original English, which word did Stoltenberg use for 'enemy'?"),
])
def test_the_original_word_is_asked_after_the_line_or_with_it(bot, after, asked):
    if after:
        bot.handle(Request(after, user=asked))
    reply = bot.handle(Request(asked, user=asked))
    assert reply.items[0].id == "stoltenberg-berlin-2023-china-values" and "adversary" in str(reply)


@pytest.mark.parametrize("asked", [
    "who gave the actual opening speech in den haag",
    "who actually opened the Hague pledge conference?",
    "who gave the opening speech at The Hague in 2024?",
])
def test_the_person_a_note_says_opened_leads_the_speakers(bot, asked):
    assert [i.id for i in bot.handle(Request(asked, user=asked)).items][:2] == ["hague-pledge-conference-2024", "ernest-noorman"]
