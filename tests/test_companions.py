"""Someone named as a companion ("who opened it alongside the Secretary General?") is not the one asked about
(bot.answering.companions, follow_ups, one_of_them); and someone asked about in a role they did not hold at a
gathering is told who held it (topics.absent_speaker)."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.request import Request
from bot.service import Bot


def _bot() -> Bot:
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("before", "question", "other", "named"), [
    ([], "Who opened the Berlin conference alongside the Secretary General?", "annalena-baerbock", "jens-stoltenberg"),
    ([], "Who opened the Berlin conference together with Mr Stoltenberg?", "annalena-baerbock", "jens-stoltenberg"),
    ([], "Who spoke at the Hague Pledge Conference besides Kajsa Ollongren?", "luminita-odobescu", "kajsa-ollongren"),
    (["When was the first annual NATO Cyber Defence Conference held in Berlin?"], "Thank you. And who opened it alongside the Secretary General?",
     "annalena-baerbock", "jens-stoltenberg"),
    (["When was the first annual NATO Cyber Defence Conference held in Berlin?"], "who spoke there apart from Stoltenberg?",
     "annalena-baerbock", "jens-stoltenberg"),
])
def test_the_others_lead_the_people_named(before, question, other, named):
    bot = _bot()
    for earlier in before:
        bot.handle(Request(earlier, user="companions"))
    ids = [ref.id for ref in bot.handle(Request(question, user="companions")).items if ref.type == "person"]
    assert ids.index(other) < ids.index(named), ids


@pytest.mark.parametrize(("question", "says"), [
    ("What did Jens Stoltenberg say as Secretary General at the Tirana conference in October 2025?", ["not NATO Secretary General", "Mark Rutte was"]),
    ("What did Secretary General Stoltenberg say at the Tirana conference?", ["Mark Rutte was"]),
    ("What did Rutte say as Secretary General at the Berlin conference?", ["Jens Stoltenberg was"]),
])
def test_a_role_not_held_then_names_its_holder(question, says):
    text = render_text(_bot().handle(Request(question, user="role")))
    for words in says:
        assert words in text, text
