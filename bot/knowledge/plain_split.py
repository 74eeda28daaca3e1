"""A large file's longest list read in two processes: a forked child reads the tail of its entries meanwhile.

    tail = fork_tail(text, end, read_tail)   # None: a small file, no fork, no list to split there
    ... this process reads text[:tail.start - 1] and text[tail.stop + 1:end] ...
    listed = list_start(text, tail.start)    # where that list's entries start: read here in bulk up to the tail
    table = tail.table()                     # the child's Table of the tail's entries, or None
    tail.drop()                              # always: the child is ended (if still running) and reaped

At 100,000 quotes the plain reader spends ~0.8 s matching lines and entries
(``plain_entries``) and turning them into columns: a child
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

from collections.abc import Callable
from dataclasses import dataclass

from ..patterns import lazy_pattern
from .background import Pending, in_fork
from .plain_entries import ENTRY_LEAD
from .table import Table

SPLIT_MIN_CHARS = 8_000_000  # a smaller text reads in well under a second: not worth a process
TAIL_SHARE = 0.65  # of the text, read by the child: this process checks the whole text, reads the rest and joins the two meanwhile
_TOP_LEVEL = lazy_pattern(r"\n(?=[^ \n])")


@dataclass
class Tail:
    """The child reading ``text[start:stop]`` (whole lines, an entry's first line first, no top-level line)."""

    start: int
    stop: int
    child: Pending

    def table(self) -> Table | None:
        """The child's Table of the tail's entries; None where it could not read them as one (or failed)."""
        return self.child.result()  # type: ignore[return-value]

    def drop(self) -> None:
        """The child ended if still running (its tail not needed), and reaped."""
        self.child.drop()


def fork_tail(text: str, end: int, read_tail: Callable[[str, int, int], Table | None]) -> Tail | None:
    """A child forked now, running ``read_tail(text, start, stop)`` on the tail of the list found in the last
    ``TAIL_SHARE`` of ``text[:end]``; None for a small text, no such list, or no ``os.fork``."""
    if end < SPLIT_MIN_CHARS:
        return None
    start = text.find("\n" + ENTRY_LEAD, int(end * (1 - TAIL_SHARE)), end) + 1
    if start == 0:
        return None
    top = _TOP_LEVEL.search(text, start, end)
    stop = top.start() if top else end
    child = in_fork(lambda: read_tail(text, start, stop))
    return None if child is None else Tail(start, stop, child)


def list_start(text: str, tail_start: int) -> int | None:
    """Where the first entry of the top-level list holding ``tail_start`` starts (the line after its key), or None
    where that list's key line is the text's last line before the tail."""
    key_line = max((found.end() for found in _TOP_LEVEL.finditer(text, 0, tail_start)), default=0)
    listed = text.find("\n", key_line, tail_start) + 1
    return listed if 0 < listed < tail_start - 1 else None
