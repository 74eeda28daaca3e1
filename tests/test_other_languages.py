"""Questions in German, Spanish, French, Italian and Dutch read into English; English questions left as typed."""

import pytest

from bot.answering.other_languages import CUES, WORDS, read_in_english
from bot.answering.question_text import normalise_question
from bot.answering.search import normalize


def read(text: str) -> str:
    return read_in_english(text, normalize(text).split())


@pytest.mark.parametrize(("typed", "english"), [
    ("wer steckt hinter dem Angriff?", "who is behind the attack?"),
    ("wie lange ist die Konferenz in Rom her?", "how long ago was the conference in rome?"),
    ("¿cuándo fue la cumbre?", "when was the summit?"),
    ("hace cuántos días fue la conferencia de Tirana?", "how many days ago was the conference in tirana?"),
    ("qui est derrière l'attaque ?", "who is behind the attack ?"),
    ("chi c'è dietro l'attacco?", "who is behind the attack?"),
    ("wanneer was de conferentie?", "when was the conference?"),
])
def test_other_language_words_are_read_into_english(typed, english):
    assert read(typed) == english


@pytest.mark.parametrize("typed", [
    "what was the war about", "did anyone die in the attack", "who was in den haag",
    "what did von der leyen say", "whose son spoke at the door", "de gaulle quote",
])
def test_english_questions_are_left_as_typed(typed):
    assert read(typed).lower() == typed.lower()


def test_no_table_word_is_an_english_word_of_the_answer_table():
    english = {w for line in open("tests/answers/answer_table.yaml", encoding="utf-8")
               if "other-language" not in line and "class: hinglish" not in line for w in normalize(line).split()}  # Hinglish "mein": no English
    assert not (WORDS.keys() & english) - {"wat", "genau"}  # "wat": typed for "what" in English too


def test_questions_in_another_language_reach_the_english_routes():
    assert normalise_question("wann war der Gipfel in Warschau?") == "when was the summit in warsaw"
    assert normalise_question("heute vor zwei Jahren, was war da?") == "what happened on this day two years ago"
    assert CUES.isdisjoint("when was the summit in warsaw".split())


def test_polish_french_and_italian_words_and_in_before_a_place():
    assert normalise_question("konferencja w Pradze, kiedy") == "when was conference in prague"
    assert "in madrid" in normalise_question("nato cyber defence conference a Madrid, who spoke")
    assert normalise_question("où était la pledge conference 2024").startswith("where was")
    assert "who said" in normalise_question("nothing immoral in defending our nations - qui a dit ça")
    assert "14 february 2023" in normalise_question("any conference 14 febbraio 2023")
    assert "was there a london conference" in normalise_question("was there a london conference")  # English "a": left alone
