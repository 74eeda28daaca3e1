"""Questions about a series' editions and its origin, each class a table of phrasings asked of the real bot.

The whole path is covered; the answer table (tests/answers/answer_table.yaml) holds a few rows of each class too.
"""


import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


def _first_and_text(bot, question: str) -> tuple[str, str]:
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply), (question, reply.title)
    return reply.items[0].id, render_text(reply)


@pytest.mark.parametrize("question", [
    "which edition of the yearly cyber defence conference came between berlin and tirana, and where?",
    "what edition of the annual conference took place between berlin and tirana and when",
    "which conference came between berlin and tirana and when was it?",
    "which edition of the annual conference came between berlin and tirana, and who spoke?",
])
def test_the_edition_between_two_is_found_when_more_is_asked_after_them(bot, question):
    assert _first_and_text(bot, question)[0] == "london-cyber-defence-conference-2024"


@pytest.mark.parametrize(("question", "first"), [
    ("who opened the first conference in berlin?", "berlin-cyber-defence-conference-2023"),
    ("when was the first conference in paris", "paris-pledge-conference-2018"),
    ("who spoke at the first conference held in paris?", "paris-pledge-conference-2018"),
])
def test_a_first_conference_at_a_place_is_the_series_whose_first_was_there(bot, question, first):
    assert _first_and_text(bot, question)[0] == first


@pytest.mark.parametrize(("question", "first", "word"), [
    ("was the tirana conference the first nato cyber defence conference ever held?", "berlin-cyber-defence-conference-2023", "No"),
    ("was tirana the first cyber defence conference?", "berlin-cyber-defence-conference-2023", "No"),
    ("was london 2019 the earliest pledge conference", "paris-pledge-conference-2018", "No"),
    ("was the berlin conference the first nato cyber event of any kind?", "berlin-cyber-defence-conference-2023", "2018"),
    ("berlin 2023 was nato's first cyber defence conference of any sort, right?", "berlin-cyber-defence-conference-2023", "2018"),
    ("was the paris conference the first pledge conference?", "paris-pledge-conference-2018", "Yes"),
])
def test_a_first_edition_claimed_as_a_question_is_checked(bot, question, first, word):
    found, text = _first_and_text(bot, question)
    assert found == first and word in text


def test_an_edition_asked_before_another_is_no_first_claim(bot):
    assert _first_and_text(bot, "was the vilnius summit before the first annual cyber defence conference?")[1].startswith("Yes")


@pytest.mark.parametrize("question", [
    "where was it decided to hold an annual nato cyber defence conference?",
    "when was the annual cyber conference agreed?",
    "where did nato agree to have a yearly cyber defence conference",
    "at which summit was the annual nato cyber defence conference agreed",
    "who decided to create the annual cyber defence conference",
])
def test_where_a_series_was_agreed_is_the_gathering_that_agreed_it(bot, question):
    found, text = _first_and_text(bot, question)
    assert found == "vilnius-summit-2023" and "Vilnius" in text


@pytest.mark.parametrize(("question", "first", "word"), [
    ("who was the host country in tiranë", "tirana-cyber-defence-conference-2025", "Albania"),
    ("who were the host nations at the hague in 2024", "hague-pledge-conference-2024", "Romania"),
    ("who was the host city for the 2021 pledge conference", "tallinn-pledge-conference-2021", "Estonia"),
])
def test_the_host_country_asked_with_who_is_the_hosts(bot, question, first, word):
    found, text = _first_and_text(bot, question)
    assert found == first and word in text
