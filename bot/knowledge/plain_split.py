"""A large file's longest list read in two processes: a forked child reads the tail of its entries meanwhile.

    tail = fork_tail(text, end, read_tail)   # None: a small file, no fork, no list to split there
    ... this process reads text[:tail.start - 1] and text[tail.stop + 1:end] ...
    table = tail.table()                     # the child's Table of the tail's entries, or None
    tail.drop()                              # always: the child is ended (if still running) and reaped

At 100,000 quotes the plain reader spends ~1.3 s matching lines and turning
them into columns, work that goes a line and an entry at a time: a child
forked before any of it (the process then holds little more than the text,
so the fork copies almost nothing) reads the entries from the middle of the
file up to the next top-level key (the bulk of a list), and hands back their
columns, pickled into an unnamed temporary file (what a list of strings
pickles to is read back in a tenth of the time it took to make). The tail
always starts at an entry's first line, so its entries are whole entries of
the list; ``plain_yaml`` joins them to the ones it read, and where anything
about the tail is unusual it reads the whole text itself, as without a child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from ..patterns import lazy_pattern
from .table import Table

SPLIT_MIN_CHARS = 8_000_000  # a smaller text reads in well under a second: not worth a process
TAIL_SHARE = 0.55  # of the text, read by the child: this process checks the whole text, reads the rest and joins the two meanwhile
ENTRY_LEAD = "  - "  # the first line of an entry of a top-level list, as programs write it
_TOP_LEVEL = lazy_pattern(r"\n(?=[^ \n])")


@dataclass
class Tail:
    """The child reading ``text[start:stop]`` (whole lines, an entry's first line first, no top-level line)."""

    start: int
    stop: int
    pid: int
    file: IO[bytes]
    done: bool = False
    status: int = -1

    def table(self) -> Table | None:
        """The child's Table of the tail's entries; None where it could not read them as one (or failed)."""
        status = self._wait()
        if status != 0:
            return None
        self.file.seek(0)
        return pickle.load(self.file)  # written by a copy of this very process: trusted as itself

    def drop(self) -> None:
        """End the child if it is still running (its tail is not needed) and reap it; close the file."""
        if not self.done:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._wait()
        self.file.close()

    def _wait(self) -> int:
        if not self.done:
            self.done = True
            try:
                self.status = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
            except ChildProcessError:  # reaped by someone else (SIGCHLD ignored): no answer
                self.status = -1
        return self.status


def fork_tail(text: str, end: int, read_tail: Callable[[str, int, int], Table | None]) -> Tail | None:
    """A child forked now, running ``read_tail(text, start, stop)`` on the tail of the list found in the last
    ``TAIL_SHARE`` of ``text[:end]``; None for a small text, no such list, or no ``os.fork``."""
    if end < SPLIT_MIN_CHARS or not hasattr(os, "fork"):
        return None
    start = text.find("\n" + ENTRY_LEAD, int(end * (1 - TAIL_SHARE)), end) + 1
    if start == 0:
        return None
    top = _TOP_LEVEL.search(text, start, end)
    stop = top.start() if top else end
    file = tempfile.TemporaryFile()
    pid = os.fork()
    if pid == 0:  # the child: answer by the exit status and the file; no exit handler of the parent's, nothing freed
        status = 1
        try:
            table = read_tail(text, start, stop)
            if table is not None:
                pickle.dump(table, file, protocol=pickle.HIGHEST_PROTOCOL)
                file.flush()
                status = 0
        finally:
            os._exit(status)
    return Tail(start, stop, pid, file)
