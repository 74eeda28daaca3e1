"""Which day of the week: "what weekday was the tirana conference", "rutte video address tirana which weekday".

The question is answered as a "when" question; this names the weekday of the
date the answer's title gives ("9 October 2025" -> "a Thursday").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from ..parse import MONTHS
from ...patterns import lazy_pattern

#: Words that ask for the day of the week.
WEEKDAY_WORDS = frozenset({"weekday", "week"})
_ASKS_WEEKDAY = lazy_pattern(r"\b(?:weekday|day of the week|day of week)\b")
_DAY_IN_TITLE = lazy_pattern(r"\b(\d{1,2})(?:[–-](\d{1,2}))? ([A-Z][a-z]+) (\d{4})\b")


def asks_weekday(question: str) -> bool:
    return not WEEKDAY_WORDS.isdisjoint(question.split()) and bool(_ASKS_WEEKDAY.search(question))


def with_weekday(reply: Reply) -> Reply:
    """``reply`` with the weekday of the first date its title names, if it names one."""
    found = _DAY_IN_TITLE.search(reply.title)
    month = MONTHS.get(found[3].lower()) if found else None
    if month is None:
        return reply
    try:
        days = [dt.date(int(found[4]), month, int(day)) for day in (found[1], found[2]) if day]
    except ValueError:
        return reply
    return replace(reply, title=f"{reply.title} ({'–'.join(f'{d:%A}' for d in days)})")


_WEEKDAY_FIRST = lazy_pattern(r"^(?:on )?(?:what|which) (?:weekday|day of the week|day of week)(?: (?:was|is|were|did))?\b")
_WEEKDAY_PHRASE = lazy_pattern(r"\b(?:(?:on )?(?:what|which) )?(?:weekday|day of the week|day of week)\b")


def as_when(question: str) -> str:
    """The "when" question behind a weekday one: "what weekday was X" -> "when was X"; "X which weekday" -> "X when"."""
    if _WEEKDAY_FIRST.match(question):
        return _WEEKDAY_FIRST.sub("when was", question)
    return " ".join(f"{_WEEKDAY_PHRASE.sub(' ', question)} when".split())
