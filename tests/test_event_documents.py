"""A document asked of one gathering ("did the Hague conference adopt a formal declaration? If so, what was its
title?") that its entry never records is an honest miss (bot.answering.topics.event_did); a topic it may have
discussed still gets the entry, saying it does not say so."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.request import Request
from bot.service import Bot

_BOT = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("question", "title"), [
    ("Did the 2024 Hague conference adopt a formal declaration? If so, what was its title?", "The knowledge records no formal declaration adopted at NATO Cyber Defence Pledge Conference 2024"),
    ("Did the 2024 London conference issue a communique? If so, when?", "The knowledge records no communique issued at NATO Cyber Defence Conference 2024"),
    ("Did the Rome Pledge Conference adopt a joint statement?", "The knowledge records no joint statement adopted at NATO Cyber Defence Pledge Conference 2022"),
    ("did the berlin conference publish a final report", "The knowledge records no final report published at First annual NATO Cyber Defence Conference"),
    ("Did the 2025 Tirana conference publish a declaration? And if so, where?", "The knowledge records no declaration published at NATO Cyber Defence Conference 2025"),
])
def test_a_document_never_recorded_is_an_honest_miss(question, title):
    reply = _BOT.handle(Request(question, user=question))
    assert (reply.kind, reply.title) == ("not_found", title), render_text(reply)


def test_a_topic_is_still_the_entry_saying_it_does_not_say():
    reply = _BOT.handle(Request("did the 2024 pledge conference discuss ukraine? if so, what was said?", user="documents"))
    assert reply.kind == "answer" and "does not say" in reply.title
