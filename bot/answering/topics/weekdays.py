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
from ..normalizing import word_set

#: Words that ask for the day of the week.
WEEKDAY_WORDS = frozenset({"weekday", "week", "weekend"})
_ASKS_WEEKDAY = lazy_pattern(r"\b(?:weekday|day of the week|day of week|(?:on|at|over) (?:a|the) weekend|weekend or|or (?:a |the )?weekend)\b")
_DAY_IN_TITLE = lazy_pattern(r"\b(\d{1,2})(?:[–-](\d{1,2}))? ([A-Z][a-z]+) (\d{4})\b")


def asks_weekday(question: str) -> bool:
    """"what weekday was X", "X, day of the week?", and "X opened on a ...?" (the weekday left for the answer to fill)."""
    return (not WEEKDAY_WORDS.isdisjoint(word_set(question)) and bool(_ASKS_WEEKDAY.search(question))) or bool(_ON_A_BLANK.search(question))


#: "the vilnius summit opened on a ...?", "falls on a...?": a sentence ending on the weekday it leaves blank.
_ON_A_BLANK = lazy_pattern(r" (?:opened|open|opens|started|start|starts|began|begin|begins|ended|end|ends|closed|close|fell|falls|fall|was|is|land|lands|landed|held|happened) on an?$")


def with_weekday(reply: Reply) -> Reply:
    """``reply`` with the weekday of the first date its title names after that date, if it names one."""
    found = _DAY_IN_TITLE.search(reply.title)
    month = MONTHS.get(found[3].lower()) if found else None
    if month is None:
        return reply
    try:
        days = [dt.date(int(found[4]), month, int(day)) for day in (found[1], found[2]) if day]
    except ValueError:
        return reply
    end = found.end()  # right after the date: "... is on 16 May 2027 (Sunday), in 188 days"
    return replace(reply, title=f"{reply.title[:end]} ({'–'.join(f'{d:%A}' for d in days)}){reply.title[end:]}")


_WEEKDAY_FIRST = lazy_pattern(r"^(?:on )?(?:what|which) (?:weekday|day of the week|day of week)(?: (?P<verb>was|is|were|did|does|will))?\b")
_WEEKDAY_PHRASE = lazy_pattern(r"\b(?:(?:on )?(?:what|which) )?(?:weekday|day of the week|day of week)\b|\b(?:on |at |over )?(?:a |the )?(?:weekday or (?:a |the )?)?weekend(?: or (?:a |on a )?weekday)?\b")
#: Which of its days a weekday question asks after the subject: "did it wrap up on", "opened on a": the dates answer both.
_DAY_VERB = lazy_pattern(r" (?:(?:wrap|wind|finish) up|open|opened|start|started|begin|began|kick off|kicked off|end|ended|close|closed|finish|finished"
                         r"|conclude|concluded|fall|falls|fell|land|lands|landed|happen|happened|take place|took place)(?: on(?: an?)?)?$| (?:was|is|fell|falls) on an?$")


#: A weekday asked after a date in one message: "what date did he speak and what day of the week was it".
_AND_WEEKDAY = lazy_pattern(r" (?:and|plus|\+)(?: on)? (?:what|which)(?: (?:weekday|day of the week|day of week))(?: (?:was|is|were|did) (?:it|that|this|they|he|she)(?: (?:fall|land|fall on|land on|on))?)?(?: exactly| again)?(?P<at> at \S.*)?$")
_WHEN_FIRST = lazy_pattern(r"^(?:(?:and|so|ok) )?(?:when|(?:what|which|on which|on what) (?:date|day|dates|days))\b")
_YES_NO = frozenset("was were is are did does do".split())


#: A weekday asked of a claim just made: "the warsaw summit was 7-8 june 2015, can u confirm weekday".
_CONFIRM_WEEKDAY = lazy_pattern(r"(?: (?:and|but|so|pls|please|can (?:u|you)|could (?:u|you)|also))* (?:confirm|check|verify|tell me|give me|and|plus)(?: the| its| which)? (?:weekday|day of the week)(?: too| as well| also| pls| please)?$")


def weekday_asked(question: str, whole: str) -> str | None:
    """The text a weekday question is asked in: the whole message when it checks a claim and asks its weekday (the
    clause that asks may hold nothing else), else the question or the whole message that asks one; None for neither."""
    if _CONFIRM_WEEKDAY.search(whole) and asks_weekday(whole):
        return whole
    return question if asks_weekday(question) else whole if asks_weekday(whole) else None


def as_when(question: str) -> str:
    """The "when" question behind a weekday one: "what weekday was X" -> "when was X", "which weekday did X take over" ->
    "when did X take over"; "X which weekday" -> "X when"; "did it wrap up on", "opened on a": the dates of it."""
    if (confirm := _CONFIRM_WEEKDAY.search(question)) is not None:
        return f"{question[: confirm.start()]} right"  # "x was 7-8 june 2015, can u confirm weekday": the claim checked, its days named
    if (tail := _AND_WEEKDAY.search(question)) and _WHEN_FIRST.match(question):
        return question[: tail.start()] + (tail["at"] or "")  # "what date did he speak and what day of the week was it": the date asked
    if first := _WEEKDAY_FIRST.match(question):
        asked = f"when {first['verb'] if first['verb'] in ('did', 'does', 'will') else 'was'}{question[first.end():]}"
        return asked if asked.startswith("when did") and not _DAY_VERB.search(asked) else _DAY_VERB.sub("", asked).replace("when did ", "when was ", 1)
    rest = " ".join(_DAY_VERB.sub("", " ".join(_WEEKDAY_PHRASE.sub(" ", question).split())).split())
    verb, _, subject = rest.partition(" ")
    if verb == "when":
        return rest  # "when weekday was x": "when was x"
    return f"when was {subject}" if verb in _YES_NO and subject else f"{rest} when"  # "was x on a weekend": "when was x"
