"""An unnamed speaker's words, then the line or its speaker asked for (bot.answering.someone_said): who said them;
without such an ask the words stay a claim to check."""

import pytest

from bot.answering.someone_said import who_said_unnamed
from bot.request import Request


@pytest.mark.parametrize(("typed", "asked"), [
    ("someone said theres nothing immoral about companies working w/ the military — exact words?",
     "who said theres nothing immoral about companies working w/ the military"),
    ("Somebody at the Hague said we stand together, who was it?", "who said we stand together at the Hague"),
    ("an official said cyber is a contested space... full quote pls", "who said cyber is a contested space"),
    ("someone said no one stands alone - whose words?", "who said no one stands alone"),
    ("someone said the rome conference was in may", "someone said the rome conference was in may"),  # a claim
    ("when was the hague conference?", "when was the hague conference?"),
])
def test_who_said_unnamed(typed, asked):
    assert who_said_unnamed(typed) == asked


@pytest.mark.parametrize(("typed", "speaker"), [
    ("someone said there's nothing immoral about companies working with the military, exact words?", "Jens Stoltenberg"),
    ("a speaker said cyber is a constantly contested space - who?", "Jens Stoltenberg"),
    ("some minister said we stand together in the hague; the exact quote please", "Kajsa Ollongren"),
])
def test_the_line_is_found_and_its_speaker_named(bot, typed, speaker):
    title = bot.handle(Request(typed, user=typed)).title
    assert title in (f"{speaker} said it", f"The closest words are by {speaker}"), title
