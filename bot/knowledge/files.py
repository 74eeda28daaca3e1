"""Reading knowledge and seed files: regular files only, never blocking.

A FIFO, a device or a directory named as a knowledge file is refused at once
with one line (``NotARegularFile``), instead of hanging on a pipe or filling
memory from ``/dev/zero``. The file is opened without blocking and checked on
the open descriptor, so swapping a FIFO in between the check and the read
changes nothing.
"""

from __future__ import annotations

import os
import stat

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class NotARegularFile(OSError):
    """The path exists but is not a regular file; ``str()`` says what it is."""


def regular_file_problem(mode: int) -> str | None:
    """None for a regular file, else "it is a FIFO (named pipe), not a regular file"."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return f"it is {kind}, not a regular file"


def read_regular_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of a regular file (following symlinks).

    Raises:
        NotARegularFile: for a directory, FIFO, device or socket, without reading it.
        OSError: the file is missing or unreadable.
    """
    problem = regular_file_problem(os.stat(path).st_mode)  # a socket cannot even be opened: say what it is
    if problem:
        raise NotARegularFile(problem)
    fd = os.open(path, _OPEN_FLAGS)
    with open(fd, "rb") as file:  # closes fd
        problem = regular_file_problem(os.fstat(fd).st_mode)
        if problem:
            raise NotARegularFile(problem)
        return file.read()


def read_regular_text(path: str | os.PathLike) -> str:
    """``read_regular_bytes`` decoded as UTF-8 (UnicodeDecodeError when it is not)."""
    return read_regular_bytes(path).decode("utf-8")
