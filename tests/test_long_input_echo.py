"""Bad input of any length gets a short answer: an error repeats at most a few dozen characters of it."""

import datetime as dt

import pytest

from bot.digests.commands import DigestCommands
from bot.request import EVERY_ROLE, Request
from bot.service import Bot
from bot.store import Store

LONG = "x" * 5000


@pytest.fixture
def bot(tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    yield Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 10, 12, tzinfo=dt.timezone.utc), digests=DigestCommands(store))
    store.close()


@pytest.mark.parametrize("text", [f"digest subscribe 09:00 {LONG}", f"digest subscribe 9{'9' * 5000}",
                                  f"digest preview {LONG}", f"digest {LONG}", f"help {LONG}"])
def test_a_long_bad_argument_gets_a_short_usage_answer(bot, text):
    reply = bot.handle(Request(text, "slack", "T1", "C1", "U1", roles=EVERY_ROLE))
    assert reply.kind == "usage"
    assert len(reply.title) < 300, reply.title[:120]
    assert "e.g." in reply.title or "Type “help”" in reply.title or "Try" in reply.title  # still names the fix
