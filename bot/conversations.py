"""What each conversation last talked about, so that "and who hosted it?" has something to point at.

A conversation is one person in one channel (``Request``: platform, workspace,
channel, user). It remembers the first entry of its last answer for a while
(``LASTS``); after that, or once ``SIZE`` newer conversations have spoken, it
starts afresh. Thread-safe: one dict operation per call, under a lock for writes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .reply import ItemRef, Reply
from .request import Request

LASTS = 15 * 60.0  # seconds: a follow-up comes within minutes, not the next morning
SIZE = 10_000  # conversations remembered at once
_PEOPLE = 8  # of an answer's people remembered
_ASKED_CHARS = 500  # of the question remembered
_LISTED = 20  # of a list's entries remembered: a page of them


@dataclass(frozen=True, slots=True)
class Said:
    """What a conversation last talked about, for a follow-up ("who hosted it?") to point back to."""

    subject: ItemRef | None  # None after an honest miss: only the question is kept
    at: float  # the clock's seconds when it was talked about
    people: tuple[ItemRef, ...] = ()  # the people the answer named, for "he" or "she" after an answer about an event
    title: str = ""  # the answer's first line: of several people, the ones it was about are named there
    asked: str = ""  # the question it answered, as read: "and the 2024 one?" asks it again of 2024
    listed: tuple[ItemRef, ...] = ()  # a list's entries in the order shown: "tell me more about the second one"
    more: str = ""  # the command showing what the answer left out: "anything else?" runs it


class Conversations:
    def __init__(self, *, lasts: float = LASTS, size: int = SIZE, clock: Callable[[], float] = time.monotonic):
        self.lasts = lasts
        self.size = size
        self.clock = clock
        self._said: dict[tuple, Said] = {}
        self._writing = threading.Lock()

    def recent(self, request: Request) -> Said | None:
        """The last answer of ``request``'s conversation (its subject, people and title), if it came recently."""
        said = self._said.get(_key(request))
        return said if said is not None and self.clock() - said.at <= self.lasts else None

    def note(self, request: Request, reply: Reply, asked: str = "") -> None:
        """Remember the entry ``reply`` (the answer to ``asked``) is about, if it answered with one; of an honest miss,
        only the question ("who was sg at the wales summit?" missed, "and at vilnius?" asks it again)."""
        answered = reply.kind in ("answer", "list") and reply.items
        if not answered and not (reply.kind == "not_found" and asked):
            return
        listed = _listed(reply.items) if answered and reply.kind == "list" else ()
        said = (Said(reply.items[0], self.clock(), tuple(i for i in reply.items if i.type == "person")[:_PEOPLE], reply.title,
                     asked[:_ASKED_CHARS], listed, reply.more_hint or "") if answered else Said(None, self.clock(), asked=asked[:_ASKED_CHARS]))
        key = _key(request)
        with self._writing:
            self._said.pop(key, None)  # to the end: the dict's order is the order conversations last spoke
            while len(self._said) >= self.size:
                del self._said[next(iter(self._said))]
            self._said[key] = said


def _listed(items: tuple[ItemRef, ...]) -> tuple[ItemRef, ...]:
    """A list's entries in the order shown: those of its first item's type, or, after the series a table is of (its
    initiative first), the editions listed."""
    kind = next((i.type for i in items if i.type != "initiative"), items[0].type) if items[0].type == "initiative" else items[0].type
    return tuple(i for i in items if i.type == kind)[:_LISTED]


def _key(request: Request) -> tuple:
    return (request.platform, request.workspace, request.channel, request.user)
