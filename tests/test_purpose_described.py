"""An initiative asked for by its kind and what it is for (bot.answering.topics.purpose_described), a team's size read
from its entry (topics.checks), and "assist an ally" read as help, not attend (learner_order)."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.request import Request
from bot.service import Bot

_BOT = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("question", "first"), [
    ("What teams has NATO established to assist an Ally under serious cyber attack?", "cyber-rapid-reaction-teams"),
    ("Which NATO teams can help a member nation hit by a serious cyber attack?", "cyber-rapid-reaction-teams"),
    ("Which NATO platform is there for sharing malware information?", "malware-information-sharing-platform"),
    ("Is there a NATO centre that brings together cyber defence?", "nato-integrated-cyber-defence-centre"),
    ("What exercise does NATO run to test its cyber defences?", "cyber-coalition"),
    ("Does NATO have a capability to support Allies virtually after a cyber incident?", "virtual-cyber-incident-support-capability"),
    ("Which NATO cell assesses cyber threats?", "cyber-threat-assessment-cell"),
    ("What mechanism allows Allies to share malware information in real time?", "malware-information-sharing-platform"),
    ("What system lets NATO bring civil and military cyber defence together?", "nato-integrated-cyber-defence-centre"),
])
def test_the_initiative_of_that_kind_and_purpose_answers(question, first):
    reply = _BOT.handle(Request(question, user=question))
    assert [ref.id for ref in reply.items][:1] == [first], reply.title


def test_a_purpose_no_initiative_has_is_a_miss():
    assert _BOT.handle(Request("What teams has NATO set up to deal with space debris?", user="purpose")).kind == "not_found"


@pytest.mark.parametrize("question", [
    "How many staff does a cyber rapid reaction team have?",
    "What teams has NATO established to assist an Ally under serious cyber attack, and how many staff does such a team have?",
])
def test_a_team_size_is_read_from_its_entry(question):
    assert "six-person" in render_text(_BOT.handle(Request(question, user=question)))
