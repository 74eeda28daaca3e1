"""What the asker tells about themselves after their last question is dropped (bot.answering.asker_after),
and a sign-off with chained modifiers ends the question (bot.answering.sign_offs)."""

import pytest

from bot.answering.asides import drop_asides
from bot.answering.question_text import normalise_question


@pytest.mark.parametrize(("typed", "read"), [
    ("Where was last year's conference held? I lose track of the years now, they all blur", "Where was last year's conference held?"),
    ("Who wrote the Hague article? There's a name at the bottom but my glasses are in the other room", "Who wrote the Hague article?"),
    ("Where in London and who spoke? Two questions sorry!", "Where in London and who spoke?"),
    ("when was cyber coalition first run? My grandson did some war game thing at uni.", "when was cyber coalition first run?"),
    ("who hosted it? I mean the 2024 one", "who hosted it? I mean the 2024 one"),  # the asker narrows the question
    ("was berlin the first? my boss says no", "was berlin the first? my boss says no"),  # a claim the answer settles
    ("who was the french minister? A lady I think, armed forces", "who was the french minister?"),  # the asker's hedge, no claim
    ("who hosted it? I think it was Rome", "who hosted it? I think it was Rome"),  # a guess naming a place: checked
    ("who hosted it? my notes are about the 2022 one", "who hosted it? my notes are about the 2022 one"),  # names a year
    ("who said it? 'no one stands alone', I think", "who said it? 'no one stands alone', I think"),  # quoted words
])
def test_the_askers_anecdote_after_the_question_is_dropped(typed, read):
    assert drop_asides(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("When was the Rome conference? Thank you kindly in advance", "when was the rome conference"),
    ("When was the Rome conference? Thanks ever so much in advance", "when was the rome conference"),
    ("who hosted tirana? many thanks again folks", "who hosted tirana"),
    ("When exactly was that Rome do? Thank you kindly", "when was that rome do"),
])
def test_a_sign_off_with_chained_thanks_ends_the_question(typed, read):
    assert normalise_question(drop_asides(typed)) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("My grandson mentioned a cyber conference there. When exactly was that Rome do?", "when was that rome do"),
    ("I read about it in the paper. What happened at that 2023 conference?", "what is that 2023 conference"),  # its card (``overview_asks``)
])
def test_that_before_a_place_or_year_names_the_subject(typed, read):
    assert normalise_question(drop_asides(typed)) == read
