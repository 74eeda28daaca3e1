"""A yes-or-no check run in a forked copy of the process while this one goes on building.

    found = verdict(check, fork=True)   # check() raises on a problem; runs in a child, or here without fork
    ... build ...
    if not found(): ...                 # waits for the child: True when check() returned

At 100,000 quotes the seed check takes over a second, and the machine has
another core: the loader checks the seeds in a fork (which shares the
loaded columns with it) while it builds the model and the index, and
awaits the verdict before anything it built is trusted. The child only
answers yes or no, by its exit status; on no, the loader reads the file the
positioned way, which finds and reports each problem as it always has.
"""

from __future__ import annotations

import os
from collections.abc import Callable


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
