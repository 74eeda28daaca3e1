"""A large file's search index is built in a forked child while the loader checks and builds the rest.

``knowledge_cache`` loads with ``load_and_build(..., beside=built_index)``: the
child makes the knowledge again from the columns read and pickles its index
back; ``Lookup.index`` awaits it at the end of ``Engine.warm``. These tests hold
that index to one built in the process, a failing child to an index built here,
and a file with a problem to the same errors as without a child.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

from bot import knowledge_cache
from bot.answering import awaited_index
from bot.answering.engine import Engine
from bot.answering.search import SearchIndex
from bot.errors import KnowledgeError
from bot.knowledge import background, loader, plain_checks
from bot.knowledge.loader import load_and_build, load_knowledge

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generated import Sizes, write_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fast_way_for_small_files(monkeypatch):
    monkeypatch.setattr(loader, "PLAIN_READ_MIN_CHARS", 0)
    monkeypatch.setattr(background, "core_to_spare", lambda: True)  # whatever else the machine runs meanwhile


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), Sizes.for_quotes(400), root=ROOT)


def index_state(index: SearchIndex) -> dict:
    state = index.__getstate__()
    state["vocabulary"] = state["vocabulary"].__getstate__()
    return state


def forks_counted(monkeypatch) -> list[int]:
    forks: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    return forks


def test_the_index_built_in_the_child_is_the_one_built_here(corpus, monkeypatch):
    forks = forks_counted(monkeypatch)
    engine, _, _ = knowledge_cache._compile(str(corpus))
    assert forks  # the child built it
    here = awaited_index.built_index(load_knowledge(corpus))
    assert index_state(engine.lookup.index) == index_state(here)
    assert "_index_later" not in vars(engine.lookup) and "index" in vars(engine.lookup)  # a plain attribute, as cached
    alone = Engine(load_knowledge(corpus))
    today = dt.date(2026, 1, 5)
    for question in ("quote cyber defence", "who said nato", "events 2019", "quote zzzz"):
        assert engine.answer(engine.parse(question), today=today) == alone.answer(alone.parse(question), today=today)


def test_a_failing_child_leaves_the_index_to_this_process(corpus, monkeypatch):
    parent = os.getpid()

    def built_index(knowledge, quotes):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return awaited_index.built_index(knowledge, quotes)

    found = load_and_build(corpus, lambda knowledge, later: later(), beside=built_index)
    assert index_state(found) == index_state(awaited_index.built_index(load_knowledge(corpus)))


def test_a_file_with_a_problem_reports_it_as_without_a_child(corpus, tmp_path):
    broken = tmp_path / "knowledge" / corpus.name
    broken.parent.mkdir()
    (tmp_path / "seeds").symlink_to(corpus.parent.parent / "seeds")
    text = corpus.read_text(encoding="utf-8")
    for old, new in (('    text: "', '    text: "Words no seed prints. '), ('    speaker: "', '    speaker: "nobody-')):
        broken.write_text(text.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(KnowledgeError) as alone:
            load_knowledge(broken)
        with pytest.raises(KnowledgeError) as beside:
            load_and_build(broken, lambda knowledge, later: later(), beside=awaited_index.built_index)
        assert beside.value.problems == alone.value.problems


def test_without_a_large_file_the_index_is_built_here(monkeypatch):
    monkeypatch.setattr(loader, "PLAIN_READ_MIN_CHARS", 10**9)
    forks = forks_counted(monkeypatch)
    engine, _, _ = knowledge_cache._compile(str(ROOT / "knowledge" / "nato-cyber-defence.yaml"))
    assert not forks and engine.lookup.index.vocabulary


def test_a_busy_machine_builds_the_index_here_at_once(corpus, monkeypatch):
    monkeypatch.setattr(background, "core_to_spare", lambda: False)
    monkeypatch.setattr(plain_checks, "FORK_MIN_QUOTES", 0)
    forks = forks_counted(monkeypatch)
    engine, _, _ = knowledge_cache._compile(str(corpus))
    assert len(forks) == 1  # the seeds' check only, as without an index to build elsewhere
    assert index_state(engine.lookup.index) == index_state(awaited_index.built_index(load_knowledge(corpus)))


def test_warm_up_builds_all_that_does_not_read_the_index_before_it_awaits_the_index(corpus):
    """The loading process builds the rest while the child works: only the last values built wait for the index."""
    from bot.answering import per_load

    knowledge = load_knowledge(corpus)
    built_when_awaited: list[int] = []

    def index_later():
        built_when_awaited.append(per_load.builds)
        return awaited_index.built_index(knowledge)

    before = per_load.builds
    Engine(knowledge, index_later).warm()
    assert len(built_when_awaited) == 1
    assert per_load.builds - built_when_awaited[0] <= 2  # the names' sound keys and their slips, built after it
    assert built_when_awaited[0] - before > 20
