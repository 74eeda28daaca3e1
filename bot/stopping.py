"""A stop asked for by SIGTERM or SIGINT, kept as a flag as well as raised, so it cannot be lost.

    with stop_signals() as stop:     # in bot.cli, around a running bot
        ...
        if stop.requested: ...       # read by every wait of a running bot

The handler raises KeyboardInterrupt in the main thread: the quick way out of
a load or a warm-up, whatever they are doing. But Python runs a signal
handler at whichever bytecode the main thread has reached, and when that is
inside a weakref callback, a ``__del__`` or a finaliser, the exception is
printed as "Exception ignored in ..." and dropped. The import system frees
each module lock through a weakref callback, so a signal that lands while the
bot imports (it does just before it serves) can be lost that way, and the bot
would then serve on as if nothing had been asked. So the handler sets
``requested`` first: the serve loops, Socket Mode's wait and Discord's start
read it, and a stop that was dropped is still a stop.

The flag is a plain attribute, never a lock: the handler runs in the main
thread, in the middle of whatever it holds, and must not wait for anything.

Once the bot serves, its loop reads the flag at least every half second, so
the interrupt is no longer needed, and it does harm there: raised inside a
library's half-built object (waitress's ``file_wrapper`` between its creation
and its ``fd``), it leaves a finaliser to print a traceback at exit, or lands
outside every handler and ends the process as an unhandled interrupt; raised
while the main thread holds a lock other threads share (logging's module
lock, between its acquire and its ``try``), it leaves the lock held and a
digest post that logs waits on it forever, and so does the exit that joins
it. So a bot calls ``serving()`` before it starts any thread of its own
(live reload, digests, the server): from then on a signal only sets the flag.
"""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Iterator

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
POLL_SECONDS = 0.5  # the longest a stop whose interrupt was lost waits to be seen by ``wait``


class StopRequest:
    """Set by SIGTERM or SIGINT (``handle``); ``requested`` stays True once set."""

    def __init__(self) -> None:
        self.requested = False
        self.interrupting = True

    def handle(self, signum, frame) -> None:
        """The signal handler: remember the stop, then interrupt the main thread unless it serves (``serving``)."""
        self.requested = True
        if self.interrupting:
            raise KeyboardInterrupt

    def serving(self) -> None:
        """From now on a stop is only the flag: the caller's loop reads ``requested`` at least every half second."""
        self.interrupting = False

    def wait(self, interval: float = POLL_SECONDS) -> None:
        """Return once a stop is asked: at once by the interrupt, else (it was lost) within ``interval`` s."""
        while not self.requested:
            time.sleep(interval)


@contextlib.contextmanager
def stop_signals() -> Iterator[StopRequest]:
    """SIGTERM, like SIGINT, stops the main thread (a container stop unwinds cleanly); the previous handlers after."""
    stop = StopRequest()
    previous = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    for number in previous:
        signal.signal(number, stop.handle)
    try:
        yield stop
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
