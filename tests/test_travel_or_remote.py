"""Whether someone travelled to a gathering, asked with or without "or by video": whether they were there in person."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.travel_or_remote import travel_or_remote
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("did rutte actually fly to tirana or was it a video thing", "was rutte in tirana in person"),
        ("did secretary general rutte travel to tirana personally for conference", "was secretary general rutte in tirana in person"),
        ("did rutte travel to tirana for the conference", "was rutte in tirana in person"),
        ("did rutte fly to tirana himself", "was rutte in tirana in person"),
        ("did geoana personally go to the hague", "was geoana at the hague in person"),
        # the choice asked with no place named: whether they spoke in person
        ("did rutte speak in person or by video", "did rutte speak in person"),
        ("did rutte attend in person or via video", "did rutte speak in person"),
        ("did mark rutte appear in person or online", "did mark rutte speak in person"),
        # no trip asked: as typed
        ("did rutte go to tirana", "did rutte go to tirana"),
        ("did nato travel far in cyber defence", "did nato travel far in cyber defence"),
    ],
)
def test_travel_or_remote(text, read):
    assert travel_or_remote(text) == read


@pytest.mark.parametrize(
    ("asked", "entry", "word"),
    [
        ("Did Secretary General Rutte travel to Tirana personally for the conference?", "tirana-cyber-defence-conference-2025", "video"),
        ("Did Rutte fly to Tirana himself?", "tirana-cyber-defence-conference-2025", "video"),
        ("Did Stoltenberg travel to Rome for the pledge conference?", "rome-pledge-conference-2022", "in person"),
        ("did Rutte speak in person or by video?", "tirana-cyber-defence-conference-2025", "video"),
        ("Did Mark Rutte join in person or via video link?", "tirana-cyber-defence-conference-2025", "video"),
    ],
)
def test_a_trip_asked_is_answered_as_in_person_or_not(asked, entry, word):
    bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))
    reply = bot.handle(Request(asked, user="u"))
    assert [i.id for i in reply.items][:1] == [entry] and word in render_text(reply)


@pytest.mark.parametrize(("text", "read"), [
    ("was stoltenberg physically in rome or he did only a video message", "was stoltenberg in rome in person"),
    ("was rutte in tirana or he sent only a video message", "was rutte in tirana in person"),
    ("was baerbock at the berlin conference or only by video", "was baerbock in the berlin conference in person"),
    ("were the ministers in the hague or online", "were the ministers in the hague in person"),
    ("was it in rome or online", "was it in rome or online"),  # the gathering asked, not someone's presence
])
def test_there_or_by_video_asked_with_was(text, read):
    assert travel_or_remote(text) == read


@pytest.mark.parametrize(("asked", "opening"), [
    ("was Stoltenberg physically in Rome or he did only a video message, like Rutte did for Tirana?", "Yes"),
    ("was Rutte in Tirana or he sent only a video message?", "No"),
    ("was Rutte physically in Tirana or he did just a video address?", "No"),
])
def test_there_or_by_video_is_answered_yes_or_no(asked, opening):
    bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))
    reply = bot.handle(Request(asked, user=asked))
    assert reply.title.startswith(opening), reply.title
