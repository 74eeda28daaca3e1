"""Loading the knowledge into an engine, with a compiled cache of each validated load.

    engine = load_engine("knowledge/big.yaml")   # what Bot.from_path and Bot.reload call

A large knowledge file (over ``CACHE_MIN_BYTES``) costs seconds to compose,
validate and index. After a successful load the engine (the knowledge, its
search index, its day index, the values its answering code builds once per load) is written beside the state database
(``$CYBERBOT_DB``'s directory, else ``$XDG_STATE_HOME/cyberbot``), keyed by
the SHA-256 of the file, of every file in its seeds directory and of the code
whose objects the cache holds. The next start with the same file, seeds and
code reads it back instead; anything else — a changed byte, a missing or
corrupt cache, another version of cyberbot — loads and validates the YAML again
and rewrites the cache. The cache is never trusted beyond its key: it is read
with an unpickler that can build only cyberbot's own knowledge and index
classes, so a planted file cannot run code, only fail to load. The file's
layout (entries as columns, filled in bulk) is ``bot.cache_format``'s; the
key is hashed in a thread while the file is read, and a mismatch drops what was read.

Loading runs with the cyclic garbage collector paused (the load makes
millions of objects and no cycles worth collecting), and what was loaded is
then, for a file large enough to cache, frozen out of the collector
(``gc.freeze``): a long-running bot otherwise
pays a full collection over the whole knowledge, hundreds of milliseconds at
100,000 quotes, in the middle of some answer.
"""

from __future__ import annotations

import functools
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import cache_keys, cache_writing
from .errors import KnowledgeError, Problem
from .knowledge.collector import gc_paused

if TYPE_CHECKING:
    from .answering.engine import Engine

log = logging.getLogger(__name__)

CACHE_MIN_BYTES = 1_000_000  # smaller files load faster than a cache reads (the shipped one: ~10 ms)
_PACKAGE = Path(__file__).resolve().parent
#: What the cache may contain besides builtins: cyberbot's classes in these modules, and these helpers.
_ALLOWED_MODULES = frozenset({
    "bot.knowledge.model", "bot.answering.engine", "bot.answering.lookup", "bot.answering.search",
    "bot.answering.vocabulary",
    "bot.reply", "bot.digests.content",
})
_ALLOWED_HELPERS = frozenset({("array", "_array_reconstructor"), ("array", "array"), ("datetime", "date")})  # and re._compile, read as kept (_read)
#: The values built per load (``answering.per_load``), which the cache keeps beside the engine, may hold the
#: answering code's own data classes: those defined in a module under this one, never one a module imports.
_PER_LOAD_PACKAGE = "bot.answering."


def load_engine(path: str | os.PathLike, *, starting: bool = False) -> Engine:
    """The engine for the knowledge file at ``path``, from the cache when it matches, else loaded and validated.

    A large file with no matching cache is compiled in a child process that
    writes the cache, then read from it: a live bot reloading keeps answering
    meanwhile, and never holds what compiling needs (a process does not give
    freed memory back). ``starting`` (nothing is answered yet): compiled here,
    with no child interpreter and no cache written and read back before the
    bot is ready; a fork writes the cache meanwhile (``cache_writing``).
    Where no cache can be written, the file is loaded here.

    Raises:
        KnowledgeError: the file has problems (the cache is never consulted for a file that changed).
    """
    from .answering.per_load import adopt
    from .digests.content import adopt_day_index

    path = os.fspath(path)
    if not _worth_caching(path):  # the shipped file: loaded as it always was, nothing more
        from .answering.engine import Engine
        from .knowledge.loader import load_knowledge

        with gc_paused():
            engine = Engine(load_knowledge(path))
        gc.freeze()  # no full collection ever walks the modules and the knowledge again (20 ms each, at any size)
        return engine
    cache, key = _cache_file(path), cache_keys.key_in_background(path)
    if starting:
        from .patterns import generate_beside

        generate_beside()  # a first start: the patterns' programs made meanwhile, by the other core
    with gc_paused():
        cached = _read(cache, key, path)
        writable = cached is None and _writable(cache.parent)
        if writable and not starting:
            _compile_in_child(path)
            cached = _read(cache, key, path)
        if cached is None:
            header = cache_keys.header(key(), path) if writable else None  # before reading the file: an edit made meanwhile makes it stale
            compiled = _compile(path)
            engine = compiled[0]
            if header is not None:
                cache_writing.write_in_background(cache, lambda: cache_writing.write(cache, header, compiled))
        else:
            engine, days, built = cached
            adopt_day_index(engine.knowledge, days)
            adopt(engine.lookup, built)
        gc.freeze()  # before the collector resumes: its first run would otherwise walk every object just made
    return engine


def _compile(path: str, *, exiting: bool = False):
    """Load, validate and index ``path``: (engine, day index, the values built per load)."""
    from .answering.awaited_index import built_index
    from .knowledge.loader import load_and_build

    # A large file's seeds are checked meanwhile, and its search index built in a forked child.
    build = functools.partial(_engine_and_days, patterns=not exiting)
    return load_and_build(path, build, exiting=exiting, beside=built_index)


def _engine_and_days(knowledge, index_later, *, patterns: bool):
    """``patterns``: the question patterns compiled too (a bot that will answer), while the index is on its way."""
    from .answering.engine import Engine
    from .answering.per_load import built_for
    from .digests.content import day_index
    from .patterns import compile_all

    engine = Engine(knowledge, index_later)
    if patterns:
        compile_all()
    engine.warm()  # the day index and every per-load value now, the index last: they belong to loading, not to the first question
    return engine, day_index(knowledge), built_for(engine.lookup)


def _compile_in_child(path: str) -> None:
    """Run ``compile_to_cache(path)`` in a fresh interpreter; re-raise its KnowledgeError here."""
    import json
    import subprocess

    code = f"import sys; sys.path.insert(0, {str(_PACKAGE.parent)!r}); from bot.knowledge_cache import compile_to_cache; compile_to_cache(sys.argv[1])"
    result = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=False)
    if result.returncode == _PROBLEMS_FOUND:
        raise KnowledgeError([Problem(**p) for p in json.loads(result.stdout)])
    if result.returncode != 0:
        log.warning("compiling %s in a child process failed; loading it here:\n%s", path, result.stderr[-2000:])


_PROBLEMS_FOUND = 3


def compile_to_cache(path: str) -> None:
    """Child process: load, validate and index ``path`` and write its cache; problems go to stdout as JSON."""
    import dataclasses
    import json

    gc.disable()
    header = cache_keys.header(cache_keys.key(path), path)  # before reading the file: an edit made meanwhile makes this cache stale
    try:
        value = _compile(path, exiting=True)
    except KnowledgeError as error:
        print(json.dumps([dataclasses.asdict(p) for p in error.problems]))
        sys.exit(_PROBLEMS_FOUND)
    cache_writing.write(_cache_file(path), header, value)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # freeing millions of objects one by one at exit took seconds, and nothing needs it


def _writable(directory: Path) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(directory, os.W_OK)


def _worth_caching(path: str) -> bool:
    try:
        return os.path.getsize(path) >= CACHE_MIN_BYTES
    except OSError:
        return False  # the loader reports it


def _cache_file(path: str) -> Path:
    from .paths import cache_dir

    name = cache_keys.sha256(os.path.abspath(path).encode()).hexdigest()[:20]
    return cache_dir() / "knowledge-cache" / f"{name}.pickle"


def _read(cache: Path, key: Callable[[], bytes], path: str):
    """The cached value, or None; read before ``key()`` is known, and dropped when it does not match.

    The header also holds the cached code's digest and the file's size and
    modification time: a cache they do not match (another version of cyberbot,
    an edited file) is not read at all; they never make a cache trusted, only skipped.
    """
    import io
    import pickle  # here, not at the top: `cyberbot ask` on the shipped file never needs it

    from . import cache_format, pattern_cache

    class KnowledgeUnpickler(pickle.Unpickler):
        """Builds only cyberbot's own classes and a few harmless helpers; anything else is refused."""

        def find_class(self, module: str, name: str):
            if (module, name) == ("re", "_compile"):
                return pattern_cache.compiled  # a pattern's program as kept between runs: the roles' 20 KB pattern took 20 ms
            if (module, name) in _ALLOWED_HELPERS:
                return super().find_class(module, name)
            if module in _ALLOWED_MODULES or module.startswith(_PER_LOAD_PACKAGE):
                found = super().find_class(module, name)
                if isinstance(found, type) and (module in _ALLOWED_MODULES or found.__module__ == module):
                    return found
            raise pickle.UnpicklingError(f"the knowledge cache may not hold {module}.{name}")

    cache_writing.wait_for(cache)  # a cache this process is still writing: read once written
    try:
        with cache.open("rb") as file:
            header = file.readline()
            if not header.startswith(cache_keys.FORMAT + b" ") or not header.endswith(b" " + cache_keys.stamp(path) + b"\n"):
                return None
            value = cache_format.unpacked(cache_format.load(io.BufferedReader(file, 1 << 20), KnowledgeUnpickler))
        return value if header == cache_keys.header(key(), path) else None
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 — a damaged or foreign cache is rebuilt, never trusted
        log.warning("ignoring the knowledge cache %s: %s", cache, error)
        return None
