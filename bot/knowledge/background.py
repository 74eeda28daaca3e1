"""Work run in a forked copy of the process while this one goes on: a yes-or-no check, or a value handed back.

    found = verdict(check, fork=True)   # check() raises on a problem; runs in a child, or here without fork
    ... build ...
    if not found(): ...                 # waits for the child: True when check() returned

    pending = in_fork(work)             # work() in a child; None where there is no fork
    value = pending.result()            # waits for it: what work() returned, pickled across; None if it failed
    pending.drop()                      # always: the child ended if still running, and reaped

At 100,000 quotes the seed check takes over a second, and the machine has
another core: the loader checks the seeds in a fork (which shares the
loaded columns with it) while it builds the model and the index, and
awaits the verdict before anything it built is trusted. The child only
answers yes or no, by its exit status; on no, the loader reads the file the
positioned way, which finds and reports each problem as it always has.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO


def verdict(check: Callable[[], object], *, fork: bool) -> Callable[[], bool]:
    """A callable giving True when ``check()`` returns, False when it raises; ``check`` runs in a forked child
    when ``fork`` and the platform can, else here and now."""
    if not (fork and hasattr(os, "fork")):
        return _now(check)
    pid = os.fork()
    if pid == 0:  # the child: answer by the exit status, run no exit handler of the parent's, free nothing
        status = 1
        try:
            check()
            status = 0
        finally:
            os._exit(status)
    done: list[bool] = []

    def found() -> bool:
        if not done:
            try:
                done.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0)
            except ChildProcessError:  # reaped by someone else (SIGCHLD ignored): no verdict, so check here
                done.append(_now(check)())
        return done[0]

    return found


def _now(check: Callable[[], object]) -> Callable[[], bool]:
    try:
        check()
    except Exception:  # noqa: BLE001 — a problem: the positioned loader finds and reports it
        return lambda: False
    return lambda: True


def core_to_spare() -> bool:
    """True when this machine has a core to spare for a child: a load average (over the last minute) below its
    cores less one half. Work split across processes costs more CPU in all, which a busy machine pays in time."""
    try:
        return os.getloadavg()[0] < len(os.sched_getaffinity(0)) - 0.5
    except (OSError, AttributeError):
        return True


@dataclass
class Pending:
    """What ``work()`` returned in a forked child, pickled into an unnamed temporary file."""

    pid: int
    file: IO[bytes]
    status: int | None = None

    def result(self) -> object | None:
        """The child's result, once it has exited; None where it failed (or was reaped elsewhere)."""
        import pickle

        if self._exit_status() != 0:
            return None
        self.file.seek(0)
        return pickle.load(self.file)  # written by a copy of this very process: trusted as itself

    def drop(self) -> None:
        """End the child if it is still running (its result is not needed), reap it and close the file."""
        if self.status is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._exit_status()
        self.file.close()

    def _exit_status(self) -> int:
        if self.status is None:
            try:
                self.status = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
            except ChildProcessError:  # reaped by someone else (SIGCHLD ignored): no result
                self.status = -1
        return self.status


def in_fork(work: Callable[[], object]) -> Pending | None:
    """``work()`` started in a child forked now, its result (None: failed) to be had from ``Pending.result``;
    None where the platform cannot fork. The child runs no exit handler of the parent's and frees nothing."""
    import pickle
    import tempfile  # here: `cyberbot ask` never forks, and tempfile imports random and hashlib

    if not hasattr(os, "fork"):
        return None
    file = tempfile.TemporaryFile()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            value = work()
            if value is not None:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
                file.flush()
                status = 0
        finally:
            os._exit(status)
    return Pending(pid, file)
