""""who said <words>?" never names someone whose quote only shares some of the words while another holds them all."""

import datetime as dt

import pytest

from bot.request import Request
from bot.service import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 10, 12, tzinfo=dt.timezone.utc))


def test_the_speaker_of_the_exact_words_is_named_alone(bot):
    reply = bot.handle(Request("who said we are all in this together"))
    assert reply.title == "Jens Stoltenberg said it"
    assert "Rutte" not in reply.title + " ".join(b.attribution or "" for b in reply.blocks)


def test_words_several_people_said_still_name_them_all(bot):
    reply = bot.handle(Request("who said stand together"))
    assert "Mark Rutte and Kajsa Ollongren" in reply.title


def test_words_nobody_said_as_typed_are_not_put_in_the_closest_speakers_mouth(bot):
    reply = bot.handle(Request("who said cyber defence is important"))
    assert reply.title == "The closest words are by Jens Stoltenberg"
    assert "important cyber threats" in reply.blocks[0].text  # what he did say is shown
