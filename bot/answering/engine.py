"""The answering core: ``Engine(knowledge)`` parses text and answers commands and questions.

Built once per knowledge load (the search index is made here) and only read
afterwards. Pure: no I/O, no clock (``today`` is passed in), nothing logged
above DEBUG.

    >>> engine = Engine(load_knowledge(path))
    >>> engine.answer(engine.parse("who co-hosted the 2024 pledge conference?"), today=date(2026, 1, 5)).title
    'NATO Cyber Defence Pledge Conference 2024 was hosted by the Netherlands and Romania'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from collections.abc import Callable

from .topics.events import answer_event, answer_events
from .topics.general import answer_about, answer_help, answer_search, answer_sources
from .topics.people import answer_who
from .topics.pledges import answer_pledge, answer_pledges
from .topics.questions import answer_question
from .topics.quotes import answer_quote, answer_quotes
from .topics.timeline import answer_on_day, digest_preview
from . import messages
from .completion import Choice, complete
from .mentions import is_month_day
from .fitting import fit_reply
from ..errors import UsageError
from .lookup import Lookup
from ..knowledge.model import Knowledge
from .parse import Command, parse, parse_date
from ..reply import Block, Reply
from ..request import Request

__all__ = ["Choice", "Engine"]

Answer = Callable[["Engine", Command, dt.date], Reply]


class Engine:
    """Parses and answers against one knowledge load; build a new one to reload."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.lookup = Lookup(knowledge)

    def counts(self) -> dict[str, int]:
        """How many of each kind of entry the knowledge holds: ``{"events": 17, ...}``."""
        return self.knowledge.counts()

    def parse(self, text: str) -> Command:
        """Text -> Command; raises UsageError for a misspelt command ("qoute rutte")."""
        return parse(text, vocabulary=self.lookup.index.vocabulary)

    def answer(self, command: Command, *, today: dt.date, request: Request | None = None) -> Reply:
        """The reply to one parsed command or question; ``today`` is the caller's date."""
        handler = _ANSWERS.get(command.name) if command.name else _question
        if handler is None:
            raise UsageError(f"`{command.name}` is not available here.", ("help",))
        return fit_reply(handler(self, command, today))

    def complete(self, kind: str, prefix: str, limit: int = 25) -> list[Choice]:
        """Autocomplete choices (label ≤ 100 characters, value an id or topic) for an argument kind."""
        return complete(self.lookup, kind, prefix, limit)


def _question(engine: Engine, command: Command, today: dt.date) -> Reply:
    return answer_question(engine.lookup, command.text, today)


#: Words around a day that do not change it: "today in nato history", "on this day in history please".
_DAY_FILLER = re.compile(r"\b(?:in (?:nato )?history|in nato|please|again|for me|what happened|anything)\b", re.IGNORECASE)
_RELATIVE_DAYS = {"": 0, "today": 0, "yesterday": -1, "tomorrow": 1}


def _today(engine: Engine, command: Command, today: dt.date) -> Reply:
    """``today [date]`` / ``on this day [date]``."""
    return answer_on_day(engine.lookup, _day_asked(command, today), today)


def _day_asked(command: Command, today: dt.date) -> dt.date:
    """The day a ``today [date]`` or ``digest preview [date]`` names; ``today`` when none."""
    date = today
    command = replace(command, args=_DAY_FILLER.sub(" ", command.args).strip())
    if (shift := _RELATIVE_DAYS.get(command.args.strip().lower())) is not None:
        date = today + dt.timedelta(days=shift)
    elif command.args:
        date = parse_date(command.args, today=today)
        if date is None:
            raise UsageError(messages.unreadable_date(command.args), ("today", "help today"))
    return date


def _day_only(args: str, today: dt.date) -> dt.date | None:
    """The day ``events on 10 july`` asks about, when the argument is nothing but a day."""
    words = args.lower().replace("on ", " ").strip()
    return parse_date(words, today=today) if words and is_month_day(words) else None


def _digest(engine: Engine, command: Command, today: dt.date) -> Reply:
    if command.sub == "preview":
        return digest_preview(engine.lookup, _day_asked(command, today))
    return Reply(
        "usage",
        messages.DIGESTS_ELSEWHERE,
        blocks=(Block(messages.DIGESTS_HERE),),
        suggestions=("digest preview", "today", "help digest"),
    )


def _reload(engine: Engine, command: Command, today: dt.date) -> Reply:
    return Reply("usage", messages.RELOAD_ELSEWHERE, suggestions=("help reload",))


_ANSWERS: dict[str, Answer] = {
    "help": lambda e, c, t: answer_help(e.lookup, c.args),
    "about": lambda e, c, t: answer_about(e.lookup, e.counts()),
    "sources": lambda e, c, t: answer_sources(e.lookup, c.args),
    "search": lambda e, c, t: answer_search(e.lookup, c.args),
    "events": lambda e, c, t: answer_on_day(e.lookup, d, t) if (d := _day_only(c.args, t)) else answer_events(e.lookup, c.args),
    "event": lambda e, c, t: answer_event(e.lookup, c.args),
    "pledges": lambda e, c, t: answer_pledges(e.lookup),
    "pledge": lambda e, c, t: answer_pledge(e.lookup, c.args),
    "quote": lambda e, c, t: answer_quote(e.lookup, c.args, t),
    "quotes": lambda e, c, t: answer_quotes(e.lookup, c.args, t),
    "who": lambda e, c, t: answer_who(e.lookup, c.args, t),
    "today": _today,
    "digest": _digest,
    "reload": _reload,
}
