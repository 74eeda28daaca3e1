"""What someone compared a thing to ("stoltenberg compared cyber attacks with what kind of attack?") and what they
asked others to do ("what did stoltenberg ask the allies to do?"), read as the line or the call that answers it."""

import pytest

from bot.answering.compared_said import compared_as_said
from bot.answering.said_text import said_question


@pytest.mark.parametrize(("typed", "read"), [
    ("in berlin stoltenberg compared cyber attacks with what kind of attack?", "what did stoltenberg say about cyber attacks compared in berlin"),
    ("stoltenberg compared cyber attacks to what in berlin", "what did stoltenberg say about cyber attacks compared in berlin"),
    ("what kind of attack did stoltenberg compare cyber attacks with in berlin", "what did stoltenberg say about cyber attacks compared in berlin"),
    ("rutte compared cyberspace to what?", "what did rutte say about cyberspace compared"),
])
def test_compared_to_what_is_the_line_that_compares(typed, read):
    assert compared_as_said(typed) == read


@pytest.mark.parametrize(("asked", "read"), [
    ("what did stoltenberg ask the allies to do in 2022", "what did stoltenberg call on the allies to do in 2022"),
    ("what did rutte ask nato members to do", "what did rutte call on nato members to do"),
    ("what did stoltenberg ask allies for in rome", "what did stoltenberg call for in rome"),
])
def test_asked_to_do_is_a_call(asked, read):
    assert said_question(asked) == read


@pytest.mark.parametrize(("asked", "first"), [
    ("in berlin stoltenberg compared cyber attacks with what kind of attack?", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("what kind of attack did stoltenberg liken cyber attacks to in berlin?", "stoltenberg-berlin-2023-as-dangerous-as-kinetic"),
    ("what did stoltenberg ask the allies to do in 2022?", "rome-2022-call-to-recommit"),
    ("what did the secretary general ask allies to do at the rome conference", "rome-2022-call-to-recommit"),
])
def test_the_line_or_the_call_answers(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(("asked", "first"), [
    # "who was the <office> of <country> at <gathering>": that office's holder then, not everyone there for the country
    ("who was the prime minister of estonia at the 2021 pledge conference", "kaja-kallas"),
    ("who was the defence minister of estonia at the tallinn conference", "kalle-laanet"),
    ("who was the foreign minister of romania at the hague conference?", "luminita-odobescu"),
    ("quem era o primeiro-ministro da albania na conferencia de tirana?", "edi-rama"),
])
def test_an_office_of_a_country_at_a_gathering_is_its_holder(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(("asked", "first"), [
    # a claim of what someone said at a place, the place inside it: the words checked, and where they were said shown
    ("stoltenberg said in rome that china is not our enemy, right?", "stoltenberg-berlin-2023-china-values"),
    ("is it true that rutte said in london that no one stands alone?", "rutte-tirana-2025-no-one-stands-alone"),
    ("stoltenberg said that cyberspace is constantly contested in berlin, correct?", "stoltenberg-rome-2022-contested-space"),
])
def test_a_claim_of_words_said_at_a_place_checks_the_words(first_item, asked, first):
    assert first_item(asked) == first


@pytest.mark.parametrize(("asked", "first"), [
    # "which document did <summit> approve": what it approved, whatever the asker calls it
    ("which document did the vilnius summit approve on cyber?", "vilnius-2023-cyber-defence-concept"),
    ("what policy did the wales summit adopt on cyber defence", "wales-2014-enhanced-cyber-defence-policy"),
    ("a vilnius summit aprovou qual documento de cyber?", "vilnius-2023-cyber-defence-concept"),
])
def test_the_document_a_summit_approved(first_item, asked, first):
    assert first_item(asked) == first
