"""Table tests of the pure steps behind yes/no questions about events and who took part in them (issue 9, events)."""

from __future__ import annotations

import pytest

from bot.answering.lead_clauses import YOU_SAID, names_what_is_asked, place_from_lead
from bot.answering.role_words import role_kin
from bot.answering.question_text import normalise_question
from bot.answering.rephrasing import rephrase
from bot.answering.topics.openers import _opening_part
from bot.answering.topics.participants import find_party


@pytest.mark.parametrize(
    ("normalised", "rephrased"),
    [
        ("was the 2024 cyber defence pledge conference in amsterdam", "is it true that the 2024 cyber defence pledge conference was in amsterdam"),
        ("is the tirana conference in 2024", "is it true that the tirana conference was in 2024"),
        ("were the pledge conference 2019 really in london", "is it true that the pledge conference 2019 was in london"),
        ("did the paris pledge conference take place in 2019", "is it true that the paris pledge conference took place in 2019"),
        ("does the annual conference happen in november", "is it true that the annual conference took place in november"),
        ("was it in amsterdam", "was it in amsterdam"),  # nothing names an event: left as it is
        ("was there a conference in 2020", "was there a conference in 2020"),
        ("were the pledge conferences in may", "were the pledge conferences in may"),  # the series, not one event
    ],
)
def test_yes_no_questions_about_an_event_are_claims(normalised, rephrased):
    assert rephrase(normalised) == rephrased


@pytest.mark.parametrize(
    ("title", "asked", "fits"),
    [
        ("uk chancellor of the duchy of lancaster", "minister", True),
        ("uk foreign secretary", "minister", True),
        ("nato secretary general", "minister", False),
        ("nato secretary general", "chief", True),
        ("prime minister of albania", "leader", True),
        ("minister of defence of the netherlands", "leader", False),
    ],
)
def test_role_kin(title, asked, fits):
    assert (asked in role_kin(set(title.split()))) is fits


@pytest.mark.parametrize(
    ("text", "label", "role", "rest"),
    [
        ("did anyone from nato leadership speak at the hague", "NATO", frozenset(), "did anyone leadership speak at the hague"),
        ("which minister came from romania", "Romania", frozenset({"minister"}), "which minister came  "),
        ("which uk minister spoke in london", "the United Kingdom", frozenset({"minister"}), "which minister spoke in london"),
    ],
)
def test_the_party_leaves_no_preposition_behind(text, label, role, rest):
    party, left = find_party(text)
    assert (party.label, party.role) == (label, role)
    assert left.split() == rest.split()  # "from" goes with the party: "leadership" is not read as a place "from leadership"


@pytest.mark.parametrize(
    ("clause", "kept"),
    [("in 2024", True), ("rome 2022", True), ("round 1", False), ("question 1", False), ("q3", False), ("1", False),
     ("annual", True), ("pledge", True), ("before standup", False)],
)
def test_lead_clauses_that_are_part_of_the_question(clause, kept):
    assert names_what_is_asked(clause) is kept


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("Round 1, question 1: in which month and year did Rome host the pledge conference?", "when did rome host the pledge conference"),
        ("Not the pledge one - where was the 2024 conference?", "where was the 2024 conference annual"),
        ("where was the 2024 conference, not the annual one?", "where was the 2024 conference pledge"),
    ],
)
def test_quiz_numbers_and_series_exclusions(typed, normalised):
    assert normalise_question(typed) == normalised


@pytest.mark.parametrize(
    ("normalised", "rephrased"),
    [
        ("at which nato summit was the cyber defence pledge agreed", "where was the cyber defence pledge agreed"),
        ("at what summit did allies agree the cyber defence pledge", "where was the cyber defence pledge agreed"),
        ("the pledge was made in what city", "where was the pledge agreed"),
        ("which summit was the pledge agreed at", "where was the pledge agreed"),
    ],
)
def test_which_occasion_asks_where_it_was_agreed(normalised, rephrased):
    assert rephrase(normalised) == rephrased


@pytest.mark.parametrize(
    ("question", "leads", "place"),
    [
        ("when was the summit itself", ["ok so i am doing a thread on vilnius"], ["vilnius"]),
        ("who hosted the conference", ["my notes say rome"], ["rome"]),
        ("when was the summit in warsaw", ["doing a thread on vilnius"], []),  # the question names its own place
        ("when was the 2016 summit", ["thread on vilnius"], []),  # ... or a year
        ("who said no one stands alone", ["thread on vilnius"], []),  # no event asked about
    ],
)
def test_place_from_a_chatty_lead(question, leads, place):
    assert place_from_lead(question, leads) == place


@pytest.mark.parametrize(
    ("clause", "subject"),
    [("you wrote that the berlin conference was in 2019", "the berlin conference was in 2019"),
     ("earlier you said the tirana conference was in 2024", "the tirana conference was in 2024"),
     ("the pledge was agreed in warsaw", "the pledge was agreed in warsaw")],
)
def test_what_you_said_is_not_the_subject(clause, subject):
    assert YOU_SAID.sub("", clause, count=1) == subject


def test_a_long_sentence_is_cut_to_its_clause_about_the_opening():
    sentence = ("The article gives no date (16-17 May 2024), presents the two ministers as personal co-hosts, calls X's words "
                "\"opening remarks\" although the agency says Ambassador Y gave the opening speech, and leaves out Z.")
    assert _opening_part(sentence) == "… calls X's words \"opening remarks\" although the agency says Ambassador Y gave the opening speech …"
    assert _opening_part("It was opened by A and B.") == "It was opened by A and B."


@pytest.mark.parametrize(
    ("normalised", "rephrased"),
    [
        ("did the netherlands host the 2022 pledge conference", "is it true that the 2022 pledge conference was hosted by the netherlands"),
        ("is it true that romania co hosted the rome conference", "is it true that the rome conference was hosted by romania"),
        ("did berlin host the first pledge conference", "is it true that the first pledge conference was held in berlin"),
        ("did estonia ever host one of the pledge conferences", "did estonia ever host one of the pledge conferences"),  # no one edition named
        ("is it true that tirana hosted the second annual conference", "is it true that tirana hosted the second annual conference"),
    ],
)
def test_a_place_as_host_is_a_claim_about_the_event(normalised, rephrased):
    assert rephrase(normalised) == rephrased


@pytest.mark.parametrize(
    ("normalised", "rephrased"),
    [
        ("any conferences in may 2024", "list the conferences in may 2024"),
        ("give me a timeline of the annual conferences", "list the annual conferences"),
        ("how many pledge conferences were there before rome", "which pledge conferences were held before rome"),
        ("dates of the hague conference", "when was the hague conference"),
        ("how long did the tirana conference last", "how long was the tirana conference"),
        ("venue of the rome conference", "what was the venue of rome conference"),  # not "where": the venue step says when no building is recorded
    ],
)
def test_list_and_fact_requests(normalised, rephrased):
    assert rephrase(normalised) == rephrased


@pytest.mark.parametrize(
    ("normalised", "rephrased"),
    [
        ("was rutte one of the speakers at the hague", "did rutte speak at the hague"),
        ("is geoana on the list of speakers for the hague conference", "did geoana speak at the hague conference"),
        ("did geoana speak in the hague as secretary general", "is it true that geoana spoke in the hague as secretary general"),
        ("who else was at the tirana conference besides rutte", "who was at the tirana conference besides rutte"),
    ],
)
def test_speaker_questions(normalised, rephrased):
    assert rephrase(normalised) == rephrased
