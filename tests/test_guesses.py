"""A guess after a question becomes the claim to check; claims put in the negative or with a tag are read as claims."""

import pytest

from bot.answering.claims import as_claim
from bot.answering.guesses import guess_as_claim
from bot.answering.question_text import normalise_question


@pytest.mark.parametrize("question, guess, claim", [
    ("which was the first pledge conference", "tallinn", "is it true that tallinn was the first pledge conference"),
    ("where was the summit held", "vilnius", "is it true that the summit was held in vilnius"),
    ("where did the 2021 conference take place", "riga", "is it true that the 2021 conference was held in riga"),
    ("when was the warsaw summit", "2014", "is it true that the warsaw summit was held in 2014"),
    ("who organised the london conference", "uk", "is it true that the london conference was organised by uk"),
    ("when was the warsaw summit", "roughly", None),
    ("who hosted the pledge conference", "germany or nato", None),
    ("where was the summit held", "berlin", "is it true that the summit was held in berlin"),
    ("what did rutte say", "tirana", None),
])
def test_a_guess_is_a_claim(question, guess, claim):
    assert guess_as_claim(question, guess) == claim


@pytest.mark.parametrize("typed, normalised", [
    ("which event was the first annual conference, paris?", "is it true that paris was the first annual conference"),
    ("when was the hague pledge conference, 2023?", "is it true that the hague pledge conference was held in 2023"),
    ("where was the conference held, tirana? thanks", "is it true that the conference was held in tirana"),
    ("isn't it true the pledge was agreed in wales?", "is it true that the pledge was agreed in wales"),
    ("is it not correct that rutte never spoke in tirana", "is it true that rutte never spoke in tirana"),
    ("stoltenberg never wrote an op-ed, did he?", "is it true that stoltenberg never wrote an op ed"),
    ("geoana led nato in 2020, no?", "is it true that geoana was the nato secretary general in 2020"),
    ("okay settle an argument for us: where was the 2019 conference?", "where was the 2019 conference"),
    ("did kallas speak in person at the hague?", "is it true that kallas spoke in person at the hague"),
])
def test_claims_as_typed(typed, normalised):
    assert normalise_question(typed) == normalised


def test_a_question_with_a_tag_is_not_a_claim():
    assert as_claim("who hosted rome no") == "who hosted rome no"


@pytest.mark.parametrize("question, guess, lead, claim", [
    ("which town was it in", "cardiff", "the 2014 wales summit", "is it true that the 2014 wales summit was held in cardiff"),
    ("which city was the vilnius summit in", "kaunas", "", "is it true that the vilnius summit was held in kaunas"),
    ("where was it held", "kaunas", "the vilnius summit", "is it true that the vilnius summit was held in kaunas"),
])
def test_a_guess_after_a_lead_checks_what_the_lead_names(question, guess, lead, claim):
    assert guess_as_claim(question, guess, lead) == claim


@pytest.mark.parametrize("question", ["which summit made cyber a domain of operations", "which summit agreed the pledge"])
def test_a_place_guessed_for_which_gathering_did_it_is_left_to_the_answer(question):
    assert guess_as_claim(question, "wales") == question
