"""Regular expressions' matcher programs, kept between runs so that a start does not generate them again.

    compiled(r"\\bwhen (?:was|is)\\b", re.I)   # what re.compile returns; its program read from the file if kept
    save(only_used=False)                      # after compiling: keep the new programs in the file

``re.compile`` parses a pattern and generates its matcher's program, a list of
integers; the last step, ``_sre.compile``, builds the matcher from that list
at almost no cost. The first two steps cost about 0.25 ms a pattern: 200 ms for
the answering code's ~900 patterns when a bot starts, and a third of a whole
``cyberbot ask`` for the ~230 its question needs. For a given pattern, flags
and Python build the program never changes, so it is kept in a file in the
cache folder (``paths.cache_dir``), stamped with the Python build.

This leans on CPython's private ``re._parser``, ``re._compiler._code`` and
``_sre.compile``, unchanged from 3.11 to 3.13. Wherever they differ or fail
(another interpreter, a newer version), or the file is missing, stale,
unreadable or unwritable, a pattern is compiled by ``re.compile`` as before.
Patterns compare equal only when their programs do, and the tests check every
pattern the code has against ``re.compile``'s own.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
from array import array
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

try:
    import _sre
    from re import _compiler, _parser

    _CODE = next(code for code in "IL" if array(code).itemsize == _sre.CODESIZE)
    _STAMP = ("cyberbot pattern programs 2", sys.implementation.name, sys.version, _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # not CPython's engine: re.compile only
    _STAMP = None

#: The arguments of ``_sre.compile`` after the pattern: (flags, program, groups, group names, each group's name),
#: the program as the bytes of an array of ``_sre.CODESIZE``-byte codes: read back only for the patterns used.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class Programs:
    """The programs kept in one file, read on the first compile, and those generated since."""

    def __init__(self, file: Path | Callable[[], Path]):
        self._file = file
        self._kept: dict[tuple[str | bytes, int], Program] | None = None
        self._new: dict[tuple[str, int], Program] = {}
        self._used: set[tuple[str, int]] = set()
        self.generated = 0  # programs generated here rather than read from the file

    def compiled(self, source: str | bytes, flags: int = 0) -> re.Pattern:
        """``re.compile(source, flags)``, with its program from the file when kept there."""
        if _STAMP is None:
            return re.compile(source, flags)
        key = (source, int(flags))
        kept = self._programs().get(key) or self._new.get(key)
        pattern = _matcher(source, kept) if kept else None
        if pattern is None:  # not kept, or kept damaged: generated now
            self._programs().pop(key, None)
            try:
                pattern = _matcher(source, self._generated(key))
            except Exception:  # noqa: BLE001 -- the private steps changed: the public one still works
                pattern = None
            if pattern is None:
                self._new.pop(key, None)
                return re.compile(source, flags)
        self._used.add(key)
        return pattern

    def save(self, *, only_used: bool = False) -> None:
        """Write the programs compiled so far beside those kept, if any is new; nothing where the file cannot be written.

        ``only_used``: keep only the programs this process used, dropping those of
        patterns the code no longer has (call it after compiling every pattern).
        """
        if _STAMP is None:
            return
        kept = self._programs()
        if not (self._new or only_used and self._used != kept.keys()):
            return
        programs = {**kept, **self._new}
        if only_used:
            programs = {key: programs[key] for key in self._used}
        file = self._path()
        partial = file.with_name(f"{file.name}.{os.getpid()}.partial")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps((_STAMP, programs)))
            os.replace(partial, file)
        except (OSError, ValueError) as error:
            log.debug("pattern programs not kept in %s: %s", file, error)
            return
        self._kept, self._new = programs, {}

    def missing(self, keys: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """Those of ``keys`` (source, flags) with no program kept or generated yet."""
        if _STAMP is None:
            return []
        kept = self._programs()
        return [key for key in keys if key not in kept and key not in self._new]

    def generate(self, keys: list[tuple[str, int]]) -> dict[tuple[str, int], Program]:
        """The programs of ``keys``, generated here (those that fail to are left to ``re.compile``)."""
        made = {}
        for key in keys:
            try:
                made[key] = self._generated(key)
            except Exception:  # noqa: BLE001 -- compiled by re.compile when used, as in ``compiled``
                pass
        return made

    def adopt(self, programs: dict[tuple[str, int], Program]) -> None:
        """Programs generated elsewhere by this same code (a forked copy of this process): used as if made here."""
        self._new.update(programs)

    def _generated(self, key: tuple[str, int]) -> Program:
        """What ``re._compiler.compile`` passes to ``_sre.compile``, as plain values ``marshal`` can write; kept as new."""
        source, flags = key
        parsed = _parser.parse(source, flags)
        names = dict(parsed.state.groupdict)
        name_of = [None] * parsed.state.groups
        for name, number in names.items():
            name_of[number] = name
        program = array(_CODE, _compiler._code(parsed, flags)).tobytes()
        self.generated += 1
        self._new[key] = generated = (int(flags | parsed.state.flags), program, parsed.state.groups - 1, names, tuple(name_of))
        return generated

    def _programs(self) -> dict[tuple[str, int], Program]:
        if self._kept is None:
            self._kept = self._read()
        return self._kept

    def _read(self) -> dict[tuple[str, int], Program]:
        try:
            stamp, programs = marshal.loads(self._path().read_bytes())  # marshal.load(file) takes 15 times as long
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return programs if stamp == _STAMP and isinstance(programs, dict) else {}

    def _path(self) -> Path:
        return self._file if isinstance(self._file, Path) else self._file()


def _matcher(source: str | bytes, program: Program) -> re.Pattern | None:
    try:
        flags, codes, groups, names, name_of = program
        return _sre.compile(source, flags, array(_CODE, codes).tolist(), groups, names, name_of)
    except Exception:  # noqa: BLE001 -- a damaged file: "invalid SRE code", a wrong type, a wrong count
        return None


def _in_cache_dir() -> Path:
    from .paths import cache_dir

    return cache_dir() / f"pattern-programs-{sys.implementation.cache_tag}.marshal"


_PROGRAMS = Programs(_in_cache_dir)  # the folder is looked up at the first compile: after the command line set it
compiled = _PROGRAMS.compiled
save = _PROGRAMS.save
missing = _PROGRAMS.missing
generate = _PROGRAMS.generate
adopt = _PROGRAMS.adopt


@contextlib.contextmanager
def everything_kept() -> Iterator[None]:
    """Within: every str pattern ``re`` compiles is built from its kept program too, not only the code's own. For
    ``cyberbot ask``: PyYAML compiles ten patterns when imported, a tenth of the whole run's instructions."""
    original = getattr(re, "_compile", None)
    if _STAMP is None or original is None:
        yield
        return
    made: dict[tuple[str, int], re.Pattern] = {}
    within: list[bool] = []  # ``compiled`` falls back on re.compile (a pattern it cannot read): that one is re's own

    def kept(pattern, flags=0):
        flags = int(flags) if isinstance(flags, int) else flags
        if within or type(pattern) is not str or not isinstance(flags, int) or flags & re.DEBUG:
            return original(pattern, flags)
        if (found := made.get((pattern, flags))) is None:
            within.append(True)
            try:
                found = made[pattern, flags] = compiled(pattern, flags)
            finally:
                within.pop()
        return found

    re._compile = kept
    try:
        yield
    finally:
        re._compile = original
