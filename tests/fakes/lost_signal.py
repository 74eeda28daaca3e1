"""``python -m tests.fakes.lost_signal WHEN cyberbot-arguments...``: the real CLI, sent one SIGTERM whose
KeyboardInterrupt Python drops, at a chosen moment.

Python runs a signal handler at whichever bytecode the main thread has reached.
When that is inside a weakref callback (the import system frees every module
lock through one) the handler's KeyboardInterrupt is printed as "Exception
ignored in ..." and dropped. A real signal lands there only by bad luck; here
``lose_a_sigterm`` puts it there on purpose: ``signal.raise_signal`` runs the
handler before it returns, inside the callback.

WHEN is ``warm-up`` (just after the bot's warm-up, before anything is served
or posted) or ``mid-digest`` (in the main thread as it starts serving, once
the digest's chat.postMessage is in flight in the digest thread).
"""

from __future__ import annotations

import signal
import sys
import threading
import weakref

IN_FLIGHT_WAIT = 60  # seconds the main thread waits for the digest's post to start (a guard, never reached)


class _Token:
    """Something a weakref can point at."""


def lose_a_sigterm() -> None:
    """SIGTERM, handled inside a weakref callback, where the interpreter drops whatever the handler raises."""
    token = _Token()
    ref = weakref.ref(token, lambda _: signal.raise_signal(signal.SIGTERM))
    del token  # the callback runs here, while ``ref`` is alive
    del ref


def after_warm_up() -> None:
    from bot.service import Bot

    warm_up = Bot.warm_up

    def warm_up_then_lose_a_sigterm(self) -> None:
        warm_up(self)
        lose_a_sigterm()

    Bot.warm_up = warm_up_then_lose_a_sigterm


def mid_digest() -> None:
    from slack_sdk import WebClient

    from adapters.slack.http_server import HTTPServer

    in_flight = threading.Event()
    post, serve_forever = WebClient.chat_postMessage, HTTPServer.serve_forever

    def post_in_flight(self, **kwargs):
        in_flight.set()
        return post(self, **kwargs)

    def serve_once_in_flight(self, *args, **kwargs) -> None:
        in_flight.wait(IN_FLIGHT_WAIT)
        lose_a_sigterm()
        serve_forever(self, *args, **kwargs)

    WebClient.chat_postMessage, HTTPServer.serve_forever = post_in_flight, serve_once_in_flight


MOMENTS = {"warm-up": after_warm_up, "mid-digest": mid_digest}

if __name__ == "__main__":
    from bot.cli import main

    MOMENTS[sys.argv[1]]()
    sys.exit(main(sys.argv[2:]))
