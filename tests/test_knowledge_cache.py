"""The compiled knowledge cache: used only when file, seeds and code match; never trusted beyond that."""

from __future__ import annotations

import datetime as dt
import gc
import os
import pickle
import shutil

import pytest

from bot import cache_keys, knowledge_cache
from bot.answering import per_load
from bot.errors import KnowledgeError
from bot.knowledge.loader import load_knowledge
from bot.knowledge_cache import load_engine
from bot.paths import default_knowledge_path, seeds_dir
from bot.request import Request
from bot.service import Bot

QUOTE_ID = "rutte-tirana-2025-stepping-up-investment"


@pytest.fixture
def knowledge_file(tmp_path, monkeypatch):
    """A copy of the shipped knowledge and seeds, cached as if it were large."""
    monkeypatch.setattr(knowledge_cache, "CACHE_MIN_BYTES", 0)
    shutil.copytree(default_knowledge_path().parent, tmp_path / "knowledge")
    shutil.copytree(seeds_dir(), tmp_path / "seeds")
    return tmp_path / "knowledge" / default_knowledge_path().name


@pytest.fixture
def loads(monkeypatch):
    """Counts the YAML loads that really happen, in a child process or here (the real loader still runs)."""
    calls = []
    for name in ("_compile_in_child", "_compile"):
        real = getattr(knowledge_cache, name)

        def counting(path, real=real):
            calls.append(path)
            return real(path)

        monkeypatch.setattr(knowledge_cache, name, counting)
    return calls


def cache_files():
    directory = knowledge_cache._cache_file("x").parent
    return sorted(p for p in directory.glob("*.pickle")) if directory.is_dir() else []


def test_a_second_start_reads_the_cache_and_answers_the_same(knowledge_file, loads):
    first = load_engine(knowledge_file)
    assert len(loads) == 1 and len(cache_files()) == 1
    second = load_engine(knowledge_file)
    assert len(loads) == 1  # no YAML read the second time
    assert second.counts() == first.counts()
    today = dt.date(2026, 1, 5)
    for text in ("quote rutte", "who said no one stands alone", "today 10 november", "events 2024", "quote"):
        assert second.answer(second.parse(text), today=today) == first.answer(first.parse(text), today=today)


def test_a_second_start_reads_what_was_built_per_load_instead_of_building_it(knowledge_file, loads):
    """The values the answering code builds once per load (``per_load``) are kept in the cache: a second start's
    warm-up builds none of them, and its answers that read them are the first start's."""
    first = load_engine(knowledge_file)
    second = load_engine(knowledge_file)
    before = per_load.builds
    second.warm()
    assert per_load.builds == before
    today = dt.date(2026, 11, 9)
    for text in ("what happened on this day", "which conferences were co-hosted", "which was bigger, rome or the hague",
                 "who spoke at more than one conference", "what did the berlin article get wrong"):
        assert second.answer(second.parse(text), today=today) == first.answer(first.parse(text), today=today)


def test_a_starting_bot_compiles_here_and_a_forked_copy_writes_the_cache(knowledge_file, loads, monkeypatch):
    """At start nothing is answered yet: no child interpreter compiling and no cache read back before the bot is
    ready; the cache a fork writes meanwhile is what the next load reads (a reload here waits for it)."""
    monkeypatch.setattr(knowledge_cache, "_compile_in_child", lambda path: pytest.fail("compiled in a child at start"))
    bot = Bot.from_path(str(knowledge_file))
    assert loads == [str(knowledge_file)]
    again = load_engine(knowledge_file)  # the fork's cache, once written
    assert len(loads) == 1 and len(cache_files()) == 1
    today = dt.date(2026, 1, 5)
    for text in ("quote rutte", "who said no one stands alone", "today 10 november"):
        assert again.answer(again.parse(text), today=today) == bot.engine.answer(bot.engine.parse(text), today=today)


def test_an_edited_file_is_loaded_and_validated_again(knowledge_file, loads):
    load_engine(knowledge_file)
    text = knowledge_file.read_text(encoding="utf-8")
    knowledge_file.write_text(text.replace("name: Mark Rutte", "name: Mark Rutte-Edited", 1), encoding="utf-8")
    engine = load_engine(knowledge_file)
    assert len(loads) == 2
    assert any(p.name == "Mark Rutte-Edited" for p in engine.knowledge.people.values())
    assert len(cache_files()) == 1  # rewritten in place, not piled up


def test_a_changed_seed_is_checked_again_and_a_broken_one_is_refused(knowledge_file, loads):
    load_engine(knowledge_file)
    quote = load_engine(knowledge_file).knowledge.quotes[QUOTE_ID]
    seed_file = knowledge_file.parent.parent / "seeds" / next(
        s.seed for s in load_engine(knowledge_file).knowledge.sources.values() if s.id == quote.source
    )
    seed_file.write_text(seed_file.read_text(encoding="utf-8").replace(quote.text.split()[3], "SOMETHING-ELSE"), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=QUOTE_ID):
        load_engine(knowledge_file)
    assert len(loads) == 2


@pytest.mark.parametrize("load", [load_engine, lambda path: Bot.from_path(str(path))], ids=["in a child", "at start"])
def test_problems_found_while_compiling_are_the_loaders_own(knowledge_file, load):
    text = knowledge_file.read_text(encoding="utf-8")
    knowledge_file.write_text(text.replace("kind: conference", "kind: conferense", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as direct:
        load_knowledge(knowledge_file)
    with pytest.raises(KnowledgeError) as compiled:
        load(knowledge_file)
    assert compiled.value.problems == direct.value.problems
    assert "conferense" in str(compiled.value)
    assert cache_files() == []


def test_a_planted_cache_cannot_run_code(knowledge_file, loads, tmp_path):
    load_engine(knowledge_file)
    (cache,) = cache_files()
    header = cache.read_bytes().split(b"\n", 1)[0] + b"\n"
    sentinel = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {sentinel}",))

    cache.write_bytes(header + pickle.dumps(Exploit()))
    engine = load_engine(knowledge_file)
    assert not sentinel.exists()
    assert len(loads) == 2 and QUOTE_ID in engine.knowledge.quotes  # loaded from the YAML instead


@pytest.mark.parametrize("damage", [lambda b: b[: len(b) // 2], lambda b: b"not a cache\n" + b, lambda b: b""])
def test_a_damaged_cache_is_rebuilt(knowledge_file, loads, damage):
    load_engine(knowledge_file)
    (cache,) = cache_files()
    cache.write_bytes(damage(cache.read_bytes()))
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert len(loads) == 2
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert len(loads) == 2  # the rebuilt cache is good again


def test_reload_goes_through_the_cache_and_sees_an_edit(knowledge_file, loads):
    bot = Bot.from_path(str(knowledge_file))
    assert bot.reload().title == "Knowledge reloaded"
    assert len(loads) == 1  # unchanged file: the cache
    text = knowledge_file.read_text(encoding="utf-8")
    knowledge_file.write_text(text.replace("name: Mark Rutte", "name: Mark Rutte-Edited", 1), encoding="utf-8")
    assert bot.reload().title == "Knowledge reloaded"
    assert "Rutte-Edited" in bot.handle(Request("who rutte")).title
    assert len(loads) == 2


def test_an_unwritable_state_directory_still_loads(knowledge_file, loads, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("CYBERBOT_DB", str(blocker / "cyberbot.db"))  # its directory cannot be created
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert len(loads) == 2


def test_the_collector_is_left_running_after_a_load(knowledge_file):
    assert gc.isenabled()
    load_engine(knowledge_file)
    assert gc.isenabled()


def test_a_small_file_is_not_cached(knowledge_file, loads, monkeypatch):
    monkeypatch.setattr(knowledge_cache, "CACHE_MIN_BYTES", 10_000_000)
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert loads == [] and cache_files() == []  # neither compiled nor cached: loaded as it always was


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(knowledge_file, loads):
    """The header's size and time only let a start skip a stale cache; the hash decides what is trusted."""
    load_engine(knowledge_file)
    status = knowledge_file.stat()
    text = knowledge_file.read_text(encoding="utf-8")
    knowledge_file.write_text(text.replace("name: Mark Rutte", "name: Mark Rutta", 1), encoding="utf-8")
    os.utime(knowledge_file, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert knowledge_file.stat().st_size == status.st_size
    engine = load_engine(knowledge_file)
    assert len(loads) == 2
    assert any(p.name == "Mark Rutta" for p in engine.knowledge.people.values())


def test_a_cache_whose_tables_hold_another_class_is_rebuilt(knowledge_file, loads, caplog):
    import io

    from bot import cache_format
    from bot.knowledge.model import Quote

    load_engine(knowledge_file)
    (cache,) = cache_files()
    header = cache.read_bytes().split(b"\n", 1)[0] + b"\n"
    tables: list[list] = [[] for _ in cache_format.MODEL_CLASSES]
    tables[0] = [object.__new__(Quote)]  # a quote where the sources belong
    body = io.BytesIO()
    cache_format._TablePickler(body, protocol=pickle.HIGHEST_PROTOCOL).dump(tables)
    cache.write_bytes(header + body.getvalue())
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert len(loads) == 2
    assert "tables are damaged" in caplog.text


def test_a_cache_from_another_version_of_the_code_is_not_even_read(knowledge_file, loads, monkeypatch):
    """After an upgrade the first start recompiles at once, without reading the whole stale cache first."""
    from bot import cache_format

    load_engine(knowledge_file)
    monkeypatch.setattr(cache_keys, "code_digest", lambda: b"0123456789abcdef-another-version")
    monkeypatch.setattr(cache_keys, "code_stamp", lambda: b"fedcba9876543210-another-version")  # its files' sizes and times
    reads = []
    real_load = cache_format.load
    monkeypatch.setattr(cache_format, "load", lambda *args: reads.append(args) or real_load(*args))
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert reads == []  # neither the old cache nor the one the child wrote with the real code's digest
    assert len(loads) == 3  # the first compile, then the child's and this process's


def test_code_changed_behind_the_same_sizes_and_times_is_caught_by_the_key(knowledge_file, loads, monkeypatch):
    """The header's stamp is only files' sizes and times, to skip a stale cache without reading it; a change it cannot
    see (a file rewritten in place at the same size and time) still never makes a cache trusted: the content's digest decides."""
    load_engine(knowledge_file)
    monkeypatch.setattr(cache_keys, "code_digest", lambda: b"0123456789abcdef-same-stamp-other-code")
    assert QUOTE_ID in load_engine(knowledge_file).knowledge.quotes
    assert len(loads) == 3  # read, refused by the key, compiled again (in the child, then read here)
