"""The Bot's reply memo: the same question on the same day is answered once per knowledge load."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest
from fakes.knowledge_files import TIRANA_CONFERENCE, TIRANA_MOVED, knowledge_copy

from adapters.text_render import render_text
from bot.digests.commands import DigestCommands
from bot.request import EVERY_ROLE, Request
from bot.service import Bot
from bot.store import Store

TIRANA = Request(TIRANA_CONFERENCE)
ON_THE_DAY = dt.datetime(2026, 10, 9, 18, 0, tzinfo=dt.timezone.utc)  # the Tirana conference's anniversary


@pytest.fixture
def knowledge_file(tmp_path: Path) -> Path:
    return knowledge_copy(tmp_path)


class Clock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def test_the_same_question_is_answered_from_the_memo(knowledge_file):
    bot = Bot.from_path(str(knowledge_file))
    first = bot.handle(TIRANA)
    assert bot.handle(TIRANA) is first
    assert bot.handle(Request(TIRANA.text, user="U2", channel="C9")) is first  # who asks does not change the answer


def test_without_a_memo_every_question_is_answered_afresh(knowledge_file):
    bot = Bot.from_path(str(knowledge_file), reply_cache_size=0)
    first = bot.handle(TIRANA)
    assert bot.handle(TIRANA) is not first and bot.handle(TIRANA) == first


def test_a_reload_empties_the_memo(knowledge_file):
    bot = Bot.from_path(str(knowledge_file))
    before = bot.handle(TIRANA)
    assert "Where: Tirana, Albania" in render_text(before) and bot.handle(TIRANA) is before

    knowledge_file.write_text(TIRANA_MOVED, encoding="utf-8")
    assert bot.reload().title == "Knowledge reloaded"

    assert "Where: Durres, Albania" in render_text(bot.handle(TIRANA))


def test_a_reload_asked_for_in_chat_runs_every_time_and_empties_the_memo(knowledge_file):
    bot = Bot.from_path(str(knowledge_file))
    admin_reload = Request("reload", roles=EVERY_ROLE)
    assert bot.handle(admin_reload).title == "Knowledge reloaded"
    assert "Tirana, Albania" in render_text(bot.handle(TIRANA))

    knowledge_file.write_text(TIRANA_MOVED, encoding="utf-8")
    assert bot.handle(admin_reload).title == "Knowledge reloaded"

    assert "Durres, Albania" in render_text(bot.handle(TIRANA))


def test_the_callers_date_is_part_of_the_question(knowledge_file):
    clock = Clock(ON_THE_DAY)
    bot = Bot.from_path(str(knowledge_file), clock=clock)
    assert bot.handle(Request("today")).title == "On this day, 9 October"
    clock.now += dt.timedelta(days=1)
    assert bot.handle(Request("today")).title == "On this day, 10 October"
    clock.now = ON_THE_DAY
    assert bot.handle(Request("today", timezone="Asia/Tokyo")).title == "On this day, 10 October"  # later there


def test_digest_commands_are_never_memoised(knowledge_file, tmp_path):
    store = Store.open(tmp_path / "cyberbot.db")
    try:
        bot = Bot.from_path(str(knowledge_file), clock=Clock(ON_THE_DAY), digests=DigestCommands(store))
        manager = Request("digest status", "slack", "T1", "C1", "U1", roles=EVERY_ROLE)
        assert "no daily digest" in render_text(bot.handle(manager)).lower()
        subscribe = Request("digest subscribe 09:00 Europe/Brussels", "slack", "T1", "C1", "U1", roles=EVERY_ROLE)
        assert bot.handle(subscribe).kind == "answer"
        assert "every day at 09:00" in render_text(bot.handle(manager))
    finally:
        store.close()


@pytest.fixture
def collector_thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_filling_the_memo_with_fresh_answers_runs_no_garbage_collection(collector_thresholds):
    """A young collection walks every reply the memo keeps: at CPython's default it hit one answer in fifty."""
    bot = Bot.from_path(None)
    questions = [f"what did {who} say about {topic}?" for who in ("stoltenberg", "rutte", "ollongren", "odobescu")
                 for topic in ("china", "ukraine", "resilience", "allies", "cooperation", "attacks", "russia", "threats")]
    questions += [f"quote {word}" for word in ("cyber", "pledge", "defence", "nato", "rome", "berlin", "tirana", "hague")]
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        for n, text in enumerate(questions * 12):
            bot.handle(Request(f"{text} (take {n // len(questions)})"))  # each one new to the memo
    finally:
        gc.callbacks.remove(count)
    assert len(bot._answering._replies) >= 400, "the memo kept the answers"
    assert collections == []
