"""Live reload with real files: the watcher, its thread and task, SIGHUP, and the admin command."""

from __future__ import annotations

import asyncio
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fakes.knowledge_files import SMALL_KNOWLEDGE as GOOD
from fakes.knowledge_files import TIRANA_MOVED as EDITED
from fakes.knowledge_files import knowledge_copy

from adapters.text_render import render_text
from bot.knowledge.watch import (
    KnowledgeWatcher,
    install_sighup_reload,
    start_live_reload,
)
from bot.request import EVERY_ROLE, Request
from bot.service import Bot

BROKEN = GOOD.replace("start: 2025-10-09", "start: 2025-10-32")
BROKEN_LINE = GOOD.splitlines().index("    start: 2025-10-09") + 1

needs_sighup = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="this platform has no SIGHUP")


@pytest.fixture
def knowledge_file(tmp_path: Path) -> Path:
    return knowledge_copy(tmp_path)


@pytest.fixture
def bot(knowledge_file: Path) -> Bot:
    return Bot.from_path(str(knowledge_file))


@pytest.fixture
def restore_sighup():
    if hasattr(signal, "SIGHUP"):
        previous = signal.getsignal(signal.SIGHUP)
        yield
        signal.signal(signal.SIGHUP, previous)
    else:
        yield


def where_is_the_tirana_conference(bot: Bot) -> str:
    return render_text(bot.handle(Request("event NATO Cyber Defence Conference 2025")))


def rewrite(path: Path, text: str) -> None:
    """Write new content and move the mtime on, as an editor's save does."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def now_ns(self) -> int:
        """A file time that moves with this clock, for ``os.utime``."""
        return int(self.now * 1e9)


def settled_check(watcher: KnowledgeWatcher, clock: FakeClock):
    """The check that sees a change (it waits), then the one after ``settle`` seconds (it reloads)."""
    assert watcher.check() is None, "a changed file is not read before it has settled"
    clock.now += watcher.settle
    return watcher.check()


def wait_until(predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


async def wait_until_async(predicate, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.01)
    return predicate()


def test_an_edited_file_is_answered_from_once_it_has_settled(bot, knowledge_file, caplog):
    caplog.set_level(logging.INFO)
    clock = FakeClock()
    watcher = KnowledgeWatcher(bot, clock=clock)
    assert "Where: Tirana, Albania" in where_is_the_tirana_conference(bot)

    rewrite(knowledge_file, EDITED)
    reply = settled_check(watcher, clock)

    assert (reply.kind, reply.title) == ("answer", "Knowledge reloaded")
    assert "Where: Durres, Albania" in where_is_the_tirana_conference(bot)
    assert f"reloading knowledge from {knowledge_file} (file changed)" in caplog.messages
    assert watcher.check() is None


def test_a_broken_file_keeps_the_last_good_knowledge_and_logs_every_problem(bot, knowledge_file, caplog):
    clock = FakeClock()
    watcher = KnowledgeWatcher(bot, clock=clock)
    good_engine = bot.engine

    rewrite(knowledge_file, BROKEN)
    reply = settled_check(watcher, clock)

    assert reply.kind == "error"
    assert bot.engine is good_engine
    assert "Where: Tirana, Albania" in where_is_the_tirana_conference(bot)
    problem = (
        f"{knowledge_file}:{BROKEN_LINE}:12: events.tirana-cyber-defence-conference-2025.start: "
        "impossible date '2025-10-32': day is out of range for month"
    )
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.getMessage().splitlines() == ["knowledge reload refused, still serving the last good file:", problem]
    assert watcher.check() is None, "a broken file is tried once, not on every poll"

    rewrite(knowledge_file, EDITED)
    assert settled_check(watcher, clock).kind == "answer"
    assert "Where: Durres, Albania" in where_is_the_tirana_conference(bot)


def test_touching_the_file_does_not_reload(bot, knowledge_file):
    watcher = KnowledgeWatcher(bot)
    rewrite(knowledge_file, GOOD)
    assert watcher.check() is None


def test_a_vanished_file_keeps_the_knowledge_and_a_restored_one_reloads(bot, knowledge_file, caplog):
    clock = FakeClock()
    watcher = KnowledgeWatcher(bot, clock=clock)
    knowledge_file.unlink()
    assert watcher.check() is None
    assert watcher.check() is None
    assert caplog.messages == [
        f"knowledge file {knowledge_file} cannot be read or is not a regular file; still serving the last good one"
    ], "said once, not on every poll"
    assert "Where: Tirana, Albania" in where_is_the_tirana_conference(bot)

    knowledge_file.write_text(EDITED, encoding="utf-8")
    assert settled_check(watcher, clock).kind == "answer"


def test_the_watcher_thread_reloads_on_its_own(bot, knowledge_file):
    watcher = KnowledgeWatcher(bot, interval=0.02)
    thread = watcher.start_thread()
    try:
        rewrite(knowledge_file, EDITED)
        assert wait_until(lambda: "Durres" in where_is_the_tirana_conference(bot))
    finally:
        watcher.stop()
        thread.join(timeout=5)
    assert thread.daemon and not thread.is_alive()


async def test_the_watcher_task_reloads_inside_an_event_loop(bot, knowledge_file):
    watcher = KnowledgeWatcher(bot, interval=0.02)
    task = asyncio.create_task(watcher.run())
    try:
        rewrite(knowledge_file, EDITED)
        assert await wait_until_async(lambda: "Durres" in where_is_the_tirana_conference(bot))
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


@needs_sighup
def test_sighup_reloads_the_knowledge(bot, knowledge_file, restore_sighup, caplog):
    caplog.set_level(logging.INFO)
    assert install_sighup_reload(bot) is True
    rewrite(knowledge_file, EDITED)

    os.kill(os.getpid(), signal.SIGHUP)

    assert wait_until(lambda: "Durres" in where_is_the_tirana_conference(bot))
    assert wait_until(lambda: f"reloading knowledge from {knowledge_file} (SIGHUP)" in caplog.messages)


@needs_sighup
async def test_sighup_reloads_through_the_event_loop(bot, knowledge_file):
    loop = asyncio.get_running_loop()
    assert install_sighup_reload(bot, loop=loop) is True
    try:
        rewrite(knowledge_file, EDITED)
        os.kill(os.getpid(), signal.SIGHUP)
        assert await wait_until_async(lambda: "Durres" in where_is_the_tirana_conference(bot))
    finally:
        loop.remove_signal_handler(signal.SIGHUP)


@needs_sighup
def test_sighup_cannot_be_installed_outside_the_main_thread(bot, caplog):
    results = []
    thread = threading.Thread(target=lambda: results.append(install_sighup_reload(bot)))
    thread.start()
    thread.join()
    assert results == [False]
    assert any("cannot reload on SIGHUP here" in m for m in caplog.messages)


def test_an_admin_reload_of_a_broken_file_shows_the_problems_to_the_admin(bot, knowledge_file):
    rewrite(knowledge_file, BROKEN)
    reply = bot.handle(Request("reload", roles=EVERY_ROLE))
    assert reply.kind == "error"
    assert reply.blocks[0].text.splitlines() == [
        "Still answering from the last good file.",
        f"{knowledge_file}:{BROKEN_LINE}:12: events.tirana-cyber-defence-conference-2025.start: "
        "impossible date '2025-10-32': day is out of range for month",
    ]
    assert "Where: Tirana, Albania" in where_is_the_tirana_conference(bot)


@needs_sighup
def test_start_live_reload_watches_the_file_and_listens_for_sighup(bot, knowledge_file, restore_sighup):
    watcher = start_live_reload(bot, interval=0.02)
    try:
        assert signal.getsignal(signal.SIGHUP) not in (signal.SIG_DFL, signal.SIG_IGN, None)
        rewrite(knowledge_file, EDITED)
        assert wait_until(lambda: "Durres" in where_is_the_tirana_conference(bot))
    finally:
        watcher.stop()


class ConsoleProcess:
    """`cyberbot console` in a subprocess, asked one line at a time."""

    def __init__(self, knowledge_file: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "--knowledge", str(knowledge_file), "console"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=lambda: [self.lines.put(line) for line in self.process.stdout], daemon=True).start()
        threading.Thread(target=lambda: [self.stderr.append(line) for line in self.process.stderr], daemon=True).start()

    def ask(self, text: str) -> str:
        """Send a line and collect the reply: lines until a blank one followed by a quiet 0.3 s."""
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        reply = [self.lines.get(timeout=10)]
        while True:
            try:
                reply.append(self.lines.get(timeout=0.3 if reply[-1] == "\n" else 10))
            except queue.Empty:
                return "".join(reply)

    def logged(self, text: str) -> bool:
        return text in "".join(self.stderr)

    def close(self) -> int:
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        return self.process.wait(timeout=10)


def test_a_running_console_reloads_on_edit_and_on_sighup(knowledge_file):
    console = ConsoleProcess(knowledge_file)
    try:
        question = "event NATO Cyber Defence Conference 2025"
        assert "Where: Tirana, Albania" in console.ask(question)

        rewrite(knowledge_file, EDITED)  # the watcher polls every 2 s
        assert wait_until(lambda: "Where: Durres, Albania" in console.ask(question), timeout=10)

        if hasattr(signal, "SIGHUP"):
            knowledge_file.write_text(BROKEN, encoding="utf-8")
            console.process.send_signal(signal.SIGHUP)
            problem = f"{knowledge_file}:{BROKEN_LINE}:12: events.tirana-cyber-defence-conference-2025.start"
            assert wait_until(lambda: console.logged(problem))
            assert console.logged("knowledge reload refused, still serving the last good file:")
            assert "Where: Durres, Albania" in console.ask(question)
    finally:
        assert console.close() == 0


def test_an_admin_reload_waits_for_a_reload_in_progress(bot):
    """The chat `reload` is serialised with the watcher and SIGHUP: an older load is never swapped in over a newer one."""
    answered: list = []
    with bot.reload_lock:  # another trigger is reloading
        admin = threading.Thread(target=lambda: answered.append(bot.handle(Request("reload", roles=EVERY_ROLE))), daemon=True)
        admin.start()
        admin.join(timeout=0.5)
        assert answered == []
    admin.join(timeout=30)
    assert answered and answered[0].title == "Knowledge reloaded"
