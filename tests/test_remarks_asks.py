"""A remark, statement, comparison or reference asked of someone is what they said (bot.answering.remarks_asks):
"What remarks did X make at Y?", "Did X make any statement about Z?", "Did X compare A with B?",
"Is there a record of X referring to Z?", "What was the 'word' X warned against?"."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.remarks_asks import remarks_asked
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(("typed", "read"), [
    ("What remarks did Kajsa Ollongren make at the 2024 Pledge Conference?", "What did Kajsa Ollongren say at the 2024 Pledge Conference?"),
    ("Which comments did Mr Rutte give in Tirana?", "What did Mr Rutte say in Tirana?"),
    ("Did Mr Rutte make any statement in October 2025 about investment?", "What did Mr Rutte say in October 2025 about investment?"),
    ("Has Stoltenberg made any public comments on China?", "What did Stoltenberg say about China?"),
    ("In his Berlin speech, did Mr Stoltenberg compare cyber attacks with kinetic attacks?", "What did Mr Stoltenberg say in Berlin about cyber attacks and kinetic attacks?"),
    ("Did Stoltenberg liken cyber threats to kinetic attacks", "What did Stoltenberg say about cyber threats and kinetic attacks?"),
    ("Is there a record of the Secretary General referring to SACEUR's authority?", "What did the Secretary General say about SACEUR's authority?"),
    ("Is there any record of Stoltenberg mentioning Starlink?", "What did Stoltenberg say about Starlink?"),
    ("What was the 'mistake' the Secretary General warned against repeating in Berlin?", "What did the Secretary General say about the mistake in Berlin?"),
    ("Please provide the full text of Mr Rutte's remark that no one stands alone.", "What did Mr Rutte say about no one stands alone."),
    ("Could you give the exact wording of Stoltenberg's comment on China?", "What did Stoltenberg say about China?"),
    ("Did the Secretary General make reference to China in Berlin?", "What did the Secretary General say about China in Berlin?"),
    ("Has Mr Rutte publicly referred to critical infrastructure?", "What did Mr Rutte say about critical infrastructure?"),
    ("What observations did Ms Odobescu offer at The Hague?", "What did Ms Odobescu say at The Hague?"),
])
def test_a_remark_asked_is_what_was_said(typed, read):
    assert remarks_asked(typed) == read


@pytest.mark.parametrize("typed", [
    "what did rutte say in tirana",
    "did stoltenberg warn of a 'cyber pearl harbor' in rome?",  # words quoted: checked as said (said_verbs)
    "Did Stoltenberg make a statement about 'no one stands alone'?",
    "did stoltenberg refer to 'a cyber pearl harbor' in rome?",  # words quoted: checked as said (said_verbs)
    "compare the berlin and london conferences",
])
def test_other_text_is_left_as_it_is(typed):
    assert remarks_asked(typed) == typed


_BOT = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("question", "says"), [
    ("What remarks did Luminita Odobescu make at The Hague?", ["evolution"]),
    ("Did Mr Stoltenberg make any statement in Berlin about relying on Russia for energy?", ["energy"]),
    ("Did the Secretary General compare cyber attacks with kinetic attacks in Berlin?", ["kinetic"]),
    ("Is there a record of Mr Stoltenberg referring to private companies in Ukraine?", ["Microsoft"]),
    ("Is there any record of Mr Rutte mentioning state and non-state actors?", ["non-state"]),
    ("What was the 'mistake' Mr Stoltenberg warned against in Berlin?", ["China"]),
])
def test_remarks_are_answered_with_the_lines(question, says):
    text = render_text(_BOT.handle(Request(question, user=question)))
    for word in says:
        assert word.lower() in text.lower(), text
