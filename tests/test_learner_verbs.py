"""A learner's verbs: "who did speak" (did for emphasis), "at which summit allies decided ..." (no "did"), and a long
lead before the question ("for the uk at the london conference 2024 who did speak"): asked as the routes read them."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.agreed_where import where_agreed
from bot.answering.bare_verbs import with_did
from bot.request import Request
from bot.service import Bot
from tests.answers.scoring import is_miss


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("who did speak at rome", "who spoke at rome"),
        ("who did open the berlin conference", "who opened the berlin conference"),
        ("at which summit allies decided to make the nicc", "at which summit did allies decide to make the nicc"),
        ("when allies agreed the pledge", "when did allies agree the pledge"),
        ("where nato leaders signed the pledge", "where did nato leaders sign the pledge"),
        ("who speak in london 2024", "who spoke in london 2024"),
        ("what stoltenberg was calling allies to do in rome", "what did stoltenberg call on allies to do in rome"),
        ("what was rutte urging allies to do in tirana", "what did rutte call on allies to do in tirana"),
        ("what was the secretary general asking allies to do", "what did the secretary general call on allies to do"),
        # already asked as English asks: as typed
        ("when did allies agree the pledge", "when did allies agree the pledge"),
        ("what was agreed in vilnius", "what was agreed in vilnius"),
    ],
)
def test_with_did(text, read):
    assert with_did(text) == read


def test_the_thing_decided_is_not_the_verb_of_making_it():
    text = "at which summit did allies decide to make the nicc"
    assert where_agreed(text, "at", set(text.split())) == "where was the nicc agreed"


@pytest.mark.parametrize(
    ("asked", "first", "word"),
    [
        ("For United Kingdom at London Cyber Defence Conference 2024 who did speak?", "london-cyber-defence-conference-2024", "McFadden"),
        ("For Romania at the Hague pledge conference 2024 who did speak?", "hague-pledge-conference-2024", "Odobescu"),
        ("When Allies agreed the Cyber Defence Pledge?", "cyber-defence-pledge-2016", "2016"),
        ("At which summit Allies decided to make the NICC?", "nato-integrated-cyber-defence-centre", "Washington"),
        ("What Mr Stoltenberg was calling Allies to do in Rome?", "rome-2022-call-to-recommit", "recommit"),
    ],
)
def test_learner_questions_are_answered(asked, first, word):
    bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))
    reply = bot.handle(Request(asked, user="u"))
    assert not is_miss(reply) and reply.items[0].id == first and word in render_text(reply), reply.title


@pytest.mark.parametrize(("text", "read"), [
    ("did the albanian premier speak", "where did the albanian premier speak"),
    ("did geoana speak at all", "where did geoana speak"),
    ("did baerbock really give a speech", "where did baerbock give a speech"),
    ("did rutte speak there", "did rutte speak there"),  # points back: the gathering before
    ("did anyone speak", "did anyone speak"),
])
def test_did_someone_speak_with_no_gathering_asks_where(text, read):
    assert with_did(text) == read


@pytest.mark.parametrize(("asked", "first"), [
    ("did the Albanian premier speak?", "tirana-cyber-defence-conference-2025"),
    ("did Baerbock speak at all?", "berlin-cyber-defence-conference-2023"),
    ("did Parly speak?", "paris-pledge-conference-2018"),
])
def test_did_someone_speak_names_where_they_spoke(first_item, asked, first):
    assert first_item(asked) == first
