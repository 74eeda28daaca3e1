"""What NATO or the Allies as a body said on a topic is the Alliance's recorded position, never "no quote by NATO"
(bot.answering.alliance_said)."""

import datetime as dt

import pytest

from bot.answering.alliance_said import alliance_said
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(("typed", "read"), [
    ("What has NATO said publicly about whether its posture in cyberspace is defensive, and whether it is bound by international law?",
     "nato: its posture in cyberspace is defensive, and it is bound by international law"),
    ("What is NATO's position on international law in cyberspace?", "nato: international law in cyberspace"),
    ("What did the Allies say about cyber defence at Wales?", "nato: cyber defence at Wales"),
    ("what has the alliance officially stated regarding cyberspace as a domain", "nato: cyberspace as a domain"),
    ("What have NATO Allies declared about the pledge?", "nato: the pledge"),
])
def test_what_the_alliance_said_is_asked_as_its_topic(typed, read):
    assert alliance_said(typed) == read


@pytest.mark.parametrize("typed", [
    "What did the NATO Secretary General say about China?",
    "what did rutte say about nato",
    "when did nato recognise cyberspace as a domain",
])
def test_a_speaker_or_another_question_is_left_as_it_is(typed):
    assert alliance_said(typed) == typed


_BOT = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("question", "first"), [
    ("What has NATO said publicly about whether its posture in cyberspace is defensive?", "defensive-principles-2016"),
    ("What is NATO's official position on international law in cyberspace?", "defensive-principles-2016"),
    ("What did the Allies say about cyber defence as part of collective defence?", "wales-2014-enhanced-cyber-defence-policy"),
    ("What has the Alliance stated about cyberspace as a domain of operations?", "cyberspace-domain-of-operations-2016"),
])
def test_the_alliance_position_answers(question, first):
    reply = _BOT.handle(Request(question, user=question))
    assert [ref.id for ref in reply.items][:1] == [first], reply.title
