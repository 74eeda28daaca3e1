"""Italian mixed into English questions, read into English and answered as the English is."""

import pytest

from bot.answering.other_languages import read_in_english
from bot.answering.search import normalize


def read(text: str) -> str:
    return read_in_english(text, normalize(text).split())


@pytest.mark.parametrize(("typed", "english"), [
    ("dove was the Paris conference held?", "where was the paris conference held?"),
    ("the Vilnius summit, dove e quando?", "the vilnius summit, where and when?"),
    ("the London conference 2024 - dove?", "the london conference 2024 - where?"),
    ("giorno preciso of the Berlin conference?", "exact day of the berlin conference?"),
    ("the citazione esatta of Rutte in Tirana", "the exact quote of rutte in tirana"),
    ("'we are all in this together' - chi l'ha detto e dove?", "'we are all in this together' - who said it and where?"),
    ("which ministero hosted Berlin?", "which ministry hosted berlin?"),
    ("the Tallinn conference, città e anno?", "the tallinn conference, city and year?"),
    ("and in Berlin, chi c'era per l'Italia?", "and in berlin, who was there for italy?"),
])
def test_italian_is_read_in_english(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize("typed", [
    "a dove of peace at the rome conference?", "what is the per capita spending on cyber defence",
    "who spoke in the stoltenberg era", "what data did the berlin article give",
])
def test_english_words_that_italian_shares_are_left_alone(typed):
    assert read(typed).lower() == typed.lower()


@pytest.mark.parametrize(("asked", "first"), [
    ("dove was the Vilnius summit?", "vilnius-summit-2023"),
    ("Tallinn 2021, quando e dove?", "tallinn-pledge-conference-2021"),
    ("giorno preciso of the Hague pledge conference?", "hague-pledge-conference-2024"),
    ("data esatta of the Wales summit please", "wales-summit-2014"),
    ("what was the tema ufficiale of the Tirana conference?", "tirana-cyber-defence-conference-2025"),
    ("'No one stands alone in NATO' - chi l'ha detto?", "rutte-tirana-2025-no-one-stands-alone"),
    ("chi ha organizzato the Berlin convegno?", "berlin-cyber-defence-conference-2023"),
])
def test_italian_questions_are_answered_as_their_english_is(first_item, asked, first):
    assert first_item(asked) == first
