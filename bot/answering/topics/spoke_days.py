"""Which day of a gathering someone spoke on: "on which day did rutte speak in tirana", "did stoltenberg speak on both days in rome?".

The day comes from the speaker's dated quotes there (``events.answer_where_spoke``); asked whether they spoke on
every day of a gathering that ran several, the reply says the one day the knowledge records, or that it records none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..phrasing import when_text
from .events import answer_where_spoke

_SPEAK = r"(?:speak|talk|give (?:a |his |her |the )?(?:speech|address|keynote|remarks)|address (?:it|the \S+))"
_WHICH_DAY = lazy_pattern(rf"^(?:on )?(?:which|what) (?:day|days|date) (?:exactly )?did (?P<who>.+?) {_SPEAK}\b(?P<rest>.*)$")
_EVERY_DAY = lazy_pattern(r"^(?:did|does) (?P<who>\S+(?: \S+)?) (?:speak|talk|address|attend|appear|give (?:a |his |her |the )?(?:speech|address|keynote|remarks))"
                          r"(?P<at>(?: \S+){0,5}?) (?:on )?(?:both|all|each of the|all of the|every|the two|two|all three) days\b(?P<rest>.*)$")
_OR_ONE = lazy_pattern(r"\s+or (?:just |only )?(?:one|on one|one day|a single day)(?: of them)?$")


def answer_spoke_days(lookup, question: str, today: dt.date) -> Reply | None:
    """The day someone spoke at the gathering ``question`` (normalised) names, or None when it asks no such thing."""
    every = _EVERY_DAY.match(question)
    match = every or _WHICH_DAY.match(question)
    if match is None:
        return None
    at = f"{every['at']} {every['rest']}" if every else match["rest"]  # "address the tirana conference on both days"
    reply = answer_where_spoke(lookup, match["who"], _OR_ONE.sub("", at), "when", today)
    if every is None or reply.kind != "answer" or not reply.items or reply.items[0].type != "event":
        return reply
    event = lookup.knowledge.events[reply.items[0].id]
    span = when_text(event.when)
    if event.when.end is None:  # a one-day gathering
        return replace(reply, title=f"{reply.title}; the knowledge records one day for it")
    if f" on {span} " in f"{reply.title} ":
        return replace(reply, title=f"{reply.title}; the knowledge does not say on which days")
    return replace(reply, title=f"Only one day is recorded: {reply.title}; it ran {span}")
