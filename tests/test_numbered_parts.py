"""A written question in numbered or lettered parts ("1. ... 2. ...", "(a) ... (b) ...", "i) ... ii) ...") is answered
part by part; a part asking only "at which summit?" or "by whom?" is asked with the part before, as one
(bot.answering.listed_asks, several)."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.listed_asks import listed_questions
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(("typed", "asks"), [
    ("1. When was the Rome Pledge Conference held? 2. Which Allies co-hosted it?",
     ["When was the Rome Pledge Conference held?", "Which Allies co-hosted the Rome Pledge Conference?"]),
    ("(a) Where was the 2019 Pledge Conference held; (b) who hosted it?",
     ["Where was the 2019 Pledge Conference held", "who hosted the 2019 Pledge Conference?"]),
    ("1) On what date was the Cyber Defence Pledge agreed? 2) At which summit?",
     ["On what date was the Cyber Defence Pledge agreed, and at which summit?"]),
    ("i) Which NATO cyber conferences took place in 2025, and ii) where?", ["Which NATO cyber conferences took place in 2025, and where?"]),
    ("1) when was the NICC agreed? 2) by whom? 3) where is it based?", ["when was the NICC agreed, and by whom?", "where is the NICC based?"]),
])
def test_the_parts_are_asked_one_by_one(typed, asks):
    assert listed_questions(typed) == asks


@pytest.mark.parametrize("typed", [
    "when was the rome conference held",
    "version 2. of the pledge",  # no "1." to start a list
])
def test_a_message_with_no_list_is_read_whole(typed):
    assert listed_questions(typed) == []


_BOT = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("question", "says"), [
    ("1. When was the Rome Pledge Conference held? 2. Which Allies co-hosted it?", ["9–10 November 2022", "hosted by Italy"]),
    ("1) On what date was the Cyber Defence Pledge agreed? 2) At which summit?", ["8 July 2016", "Warsaw"]),
    ("(a) Where was the 2019 Pledge Conference held; (b) who hosted it?", ["London", "hosted by the United Kingdom"]),
    ("Which Ally hosted the 2019 Pledge Conference?", ["hosted by the United Kingdom"]),
])
def test_each_part_is_answered(question, says):
    text = render_text(_BOT.handle(Request(question, user=question)))
    for words in says:
        assert words in text, text
    assert "Wales" not in text
