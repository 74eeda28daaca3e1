"""Table tests for the pure steps behind questions on a series' history and on what articles claim."""

from __future__ import annotations

import pytest

from bot.answering.claims import as_claim
from bot.answering.editions import _fate_clauses
from bot.answering.topics.article_checks import _words


@pytest.mark.parametrize(
    ("normalised", "claim"),
    [
        ("was berlin really nato first cyber defence conference like the article says", "is it true that berlin was nato first cyber defence conference"),
        ("is rome actually the first pledge conference", "is it true that rome is the first pledge conference"),
        ("was the berlin one really nato first ever cyber conference or is the article overselling it",
         "is it true that the berlin one was nato first ever cyber conference"),
        ("was there really a pledge conference in 2020", "was there really a pledge conference in 2020"),  # asks, claims nothing
    ],
)
def test_a_claim_put_as_a_question_with_really(normalised, claim):
    assert as_claim(normalised) == claim


@pytest.mark.parametrize(
    ("text", "year", "clauses"),
    [
        ("Not in the source articles. The 2020 edition, planned in Tallinn, was postponed because of COVID-19.", "2020",
         ("The 2020 edition, planned in Tallinn, was postponed because of COVID-19",)),
        ("Conferences on the 2016 Pledge: Paris 2018, Tallinn 2021 (the 2020 edition was postponed because of COVID-19), Rome 2022.",
         "2020", ("the 2020 edition was postponed because of COVID-19",)),
        ("Conferences on the 2016 Pledge: Paris 2018, Tallinn 2021 (the 2020 edition was postponed because of COVID-19).", "2016", ()),
        ("The 2023 edition was held in Berlin.", "2023", ()),  # held: no fate to tell
        ("The 2019 exercise was called off after a storm.", "2019", ("The 2019 exercise was called off after a storm",)),
    ],
)
def test_what_became_of_a_years_edition(text, year, clauses):
    assert _fate_clauses(text, year) == clauses


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("the rome article has a pic of stoltenberg w influencers", {"rome", "photo", "stoltenberg", "creator"}),
        ("did she actually open it? opening remarks", {"open", "remark"}),
        ("was a word dropped about Russia's war", {"drop", "russia", "war"}),
        ("Is that NATO's spelling of Kyiv?", {"kiev"}),
    ],
)
def test_question_and_note_words_meet(typed, words):
    assert _words(typed) == words
