"""A knowledge file caught half-written is never served: the watcher waits for it to settle,
and a reload that looks like a cut-short file is held, named and confirmable by an admin."""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
from pathlib import Path

import pytest
from fakes.knowledge_files import SMALL_KNOWLEDGE, knowledge_copy
from test_reload import FakeClock, rewrite, settled_check

from adapters.text_render import render_text
from bot.knowledge.changes import removals
from bot.knowledge.loader import load_knowledge
from bot.knowledge.watch import KnowledgeWatcher
from bot.paths import default_knowledge_path
from bot.reply import plain
from bot.request import EVERY_ROLE, Request
from bot.service import Bot

SHIPPED = default_knowledge_path()
EXTRA_EVENTS = "".join(
    f"  - {{id: drill-{n}, name: Drill {n}, kind: exercise, start: 201{n}, sources: [src-facts]}}\n" for n in range(5)
)
EIGHT_EVENTS = SMALL_KNOWLEDGE.replace("pledges:\n", EXTRA_EVENTS + "pledges:\n")
ADMIN_RELOAD = Request("reload", roles=EVERY_ROLE)


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    """The shipped knowledge and seeds, laid out as in the repository."""
    shutil.copytree(SHIPPED.parent.parent / "seeds", tmp_path / "seeds")
    (tmp_path / "knowledge").mkdir()
    return Path(shutil.copy(SHIPPED, tmp_path / "knowledge" / SHIPPED.name))


def entry_boundaries(text: str) -> list[int]:
    """Every offset where an entry or a section starts: where a cut leaves whole entries."""
    return [m.start() + 1 for m in re.finditer(r"\n(?=  - id:|[a-z]+:)", text)]


def test_a_file_cut_at_any_entry_boundary_is_never_served_and_its_removals_are_named(shipped_copy, caplog):
    bot = Bot.from_path(str(shipped_copy))
    served = bot.engine
    full = shipped_copy.read_text(encoding="utf-8")
    held = 0
    for cut in entry_boundaries(full):
        shipped_copy.write_text(full[:cut], encoding="utf-8")
        caplog.clear()
        reply = bot.reload()
        assert bot.engine is served, f"a file cut at offset {cut} was served"
        if reply.title.startswith("Reload held"):
            held += 1
            [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
            assert "knowledge reload held, still serving the last good file" in record.getMessage()
            fresh = load_knowledge(shipped_copy)
            for line in removals(bot.knowledge, fresh).lines():
                assert line in record.getMessage()
        else:
            assert reply.title == "Reload refused: the knowledge file has problems"
    assert held > 30, "most cuts leave valid YAML: they must be held, not merely fail"


def test_a_file_written_slowly_in_place_is_read_only_once_it_has_settled(tmp_path):
    path = knowledge_copy(tmp_path)
    path.write_text(EIGHT_EVENTS, encoding="utf-8")
    bot = Bot.from_path(str(path))
    clock = FakeClock()
    watcher = KnowledgeWatcher(bot, clock=clock, settle=1.0)
    edited = EIGHT_EVENTS.replace("city: Tirana", "city: Durres")
    with path.open("w", encoding="utf-8") as file:  # an editor that writes in place, a piece per poll
        for start in range(0, len(edited), 400):
            file.write(edited[start : start + 400])
            file.flush()
            os.utime(path, ns=(clock.now_ns(), clock.now_ns()))
            assert watcher.check() is None
            clock.now += 0.5
            assert len(bot.knowledge.events) == 8 and bot.knowledge.events["tirana-cyber-defence-conference-2025"].city == "Tirana"
    reply = settled_check(watcher, clock)
    assert (reply.kind, reply.title) == ("answer", "Knowledge reloaded")
    assert bot.knowledge.events["tirana-cyber-defence-conference-2025"].city == "Durres"
    assert len(bot.knowledge.events) == 8


def test_a_reload_removing_a_few_entries_is_applied_and_names_them(tmp_path, caplog):
    path = knowledge_copy(tmp_path)
    path.write_text(EIGHT_EVENTS, encoding="utf-8")
    bot = Bot.from_path(str(path))
    rewrite(path, EIGHT_EVENTS.replace("  - {id: drill-2, name: Drill 2, kind: exercise, start: 2012, sources: [src-facts]}\n", ""))

    reply = bot.handle(ADMIN_RELOAD)

    assert reply.title == "Knowledge reloaded"
    assert reply.blocks[1].text == "Removed:\nevents (1 of 8): drill-2"
    assert "drill-2" not in bot.knowledge.events
    assert any(r.levelno == logging.WARNING and r.getMessage().endswith("removing 1 of 8 events\nevents (1 of 8): drill-2") for r in caplog.records)


def test_an_admin_sees_a_held_reload_and_can_confirm_it(tmp_path):
    path = knowledge_copy(tmp_path)
    bot = Bot.from_path(str(path))
    without_rome = SMALL_KNOWLEDGE.split("  - id: rome-pledge-conference-2022")[0] + "  - id: tirana" + SMALL_KNOWLEDGE.split("  - id: tirana", 1)[1]
    without_rome = without_rome.replace("    quotes: [stoltenberg-rome-contested]\n", "")
    without_rome = without_rome.split("  - id: stoltenberg-rome-contested")[0] + "initiatives:" + without_rome.split("initiatives:", 1)[1]
    rewrite(path, without_rome)

    held = bot.handle(ADMIN_RELOAD)
    assert held.kind == "error"
    assert held.title == "Reload held: the new file would remove 1 of 3 events, 1 of 2 quotes"
    assert plain(held.blocks[0].text).splitlines() == [
        "Still answering from the last good file: it removes more than a quarter of the events, quotes.",
        "Would remove:",
        "events (1 of 3): rome-pledge-conference-2022",
        "quotes (1 of 2): stoltenberg-rome-contested",
        "If these removals are intended, an admin can apply them with `reload confirm`.",
    ]
    assert "rome-pledge-conference-2022" in bot.knowledge.events

    confirmed = bot.handle(Request("reload confirm", roles=EVERY_ROLE))
    assert confirmed.title == "Knowledge reloaded"
    assert "rome-pledge-conference-2022" not in bot.knowledge.events
    assert bot.handle(Request("reload please", roles=EVERY_ROLE)).title == bot.handle(Request("reload", roles=EVERY_ROLE)).title  # a sign-off, never "confirm"
    assert bot.handle(Request("reload confirm")).kind == "denied"


def test_the_watcher_holds_a_file_that_lost_its_last_entry(tmp_path, caplog):
    path = knowledge_copy(tmp_path)
    path.write_text(EIGHT_EVENTS, encoding="utf-8")
    bot = Bot.from_path(str(path))
    clock = FakeClock()
    watcher = KnowledgeWatcher(bot, clock=clock)
    cut = EIGHT_EVENTS.index("  - id: integrated-cyber-defence-centre")
    rewrite(path, EIGHT_EVENTS[:cut])

    reply = settled_check(watcher, clock)

    assert reply.title == "Reload held: the new file would remove 1 of 1 initiatives"
    assert "integrated-cyber-defence-centre" in bot.knowledge.initiatives


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this platform has no FIFOs")
def test_a_fifo_put_in_place_of_the_watched_file_never_blocks_the_watcher(tmp_path, caplog):
    path = knowledge_copy(tmp_path)
    bot = Bot.from_path(str(path))
    clock = FakeClock()
    watcher = KnowledgeWatcher(bot, clock=clock)
    path.unlink()
    os.mkfifo(path)
    checks: list = []
    poller = threading.Thread(target=lambda: checks.extend([watcher.check(), watcher.check()]), daemon=True)
    poller.start()
    poller.join(timeout=10)
    assert checks == [None, None]
    assert f"knowledge file {path} cannot be read or is not a regular file; still serving the last good one" in caplog.messages
    assert "Where: Tirana, Albania" in render_text(bot.handle(Request("event NATO Cyber Defence Conference 2025")))
