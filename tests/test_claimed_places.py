"""Where something was decided and a person's earlier gathering, as a reporter checks them.
Asked of the real bot; the answer table holds a few rows of each class too."""


import pytest

from adapters.text_render import render_text
from bot.answering.earlier_events import earlier_ones
from bot.request import Request
from tests.answers.scoring import is_miss


def _first(bot, question: str) -> tuple[str, str]:
    reply = bot.handle(Request(question, user=question))
    assert not is_miss(reply), (question, reply.title)
    return reply.items[0].id, render_text(reply)


@pytest.mark.parametrize("question", [
    "the cyber centre was decided at vilnius in 2023, right?",
    "the nicc was agreed at vilnius in 2023, right?",
    "was the nicc decided in vilnius?",
    "the integrated cyber defence centre was agreed in vilnius?",
])
def test_a_decision_claimed_at_the_wrong_gathering_is_the_decision_corrected(bot, question):
    first, text = _first(bot, question)
    assert first == "nicc-2024" and "Washington" in text and text.startswith("No")


@pytest.mark.parametrize("question", [
    "give me details on the nicc decided in vilnius in 2023",  # the centre described, not its decision claimed
    "the cyber centre was set up in 2023 at the vilnius summit, correct?",
])
def test_a_thing_described_or_set_up_is_the_thing_itself(bot, question):
    assert _first(bot, question)[0] == "nato-integrated-cyber-defence-centre"


@pytest.mark.parametrize("question", [
    "geoana spoke at an earlier pledge conference as well, didn't he? which one?",
    "did geoana speak at an earlier pledge conference?",
    "did geoana speak at a previous pledge conference too?",
])
def test_an_earlier_gathering_of_a_person_is_the_one_before_their_latest(bot, question):
    assert _first(bot, question)[0] == "tallinn-pledge-conference-2021"


def test_earlier_ones_keeps_all_when_no_earlier_one_is_asked(bot):
    events = sorted(bot.knowledge.events.values(), key=lambda e: e.when.start.first_day())[:3]
    assert earlier_ones(events, "at the hague") == events and earlier_ones(events, "an earlier one") == events[:2]


@pytest.mark.parametrize(("question", "missing"), [
    ("Brussels hosted the first annual summit, right?", "I have no summit in Brussels."),
    ("brussels hosted a summit didn't it", "I have no summit in Brussels."),
    ("oslo held a conference, right?", "I have no conference in Oslo."),
    ("did oslo host a conference?", "I have no conference in Oslo."),
    ("berlin hosted a summit in 2023, right?", "I have no summit in Berlin in 2023."),
    ("did rome host a summit?", "I have no summit in Rome."),
])
def test_a_city_said_to_host_a_kind_it_never_held_is_an_honest_miss(bot, question, missing):
    """Not another entry held there (Brussels holds a campaign meeting, Rome a conference) presented as the answer."""
    reply = bot.handle(Request(question, user=question))
    assert is_miss(reply) and render_text(reply).startswith(missing), (question, reply.title)


@pytest.mark.parametrize(("question", "first"), [
    ("vilnius hosted a summit, right?", "vilnius-summit-2023"),
    ("did berlin host a conference?", "berlin-cyber-defence-conference-2023"),
    ("Paris hosted the first annual Cyber Defence Pledge Conference, right?", "paris-pledge-conference-2018"),
])
def test_a_city_that_did_host_that_kind_is_the_event(bot, question, first):
    assert _first(bot, question)[0] == first


def test_a_fact_another_finding_says_more_of_is_said_once(bot):
    reply = bot.handle(Request("stoltenberg's berlin speech - was he there in person?", user="in person"))
    clauses = [c.strip() for c in reply.title.removeprefix("Yes: ").split(";")]
    assert not any(a != b and b.startswith(a) for a in clauses for b in clauses), reply.title  # was: "held ... Germany" twice
    assert "in person" in reply.title and "Berlin" in reply.title
