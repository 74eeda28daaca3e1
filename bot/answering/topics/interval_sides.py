"""Which day of an entry a side of "how many days between X and Y" counts from, and the place a bare side shares.

    "the last day of the hague pledge conference"  -> ("the hague pledge conference", "end")
    "the rome 2022 opening", "day one of berlin"   -> ("the rome 2022", "start"), ("berlin", "start")
    "the vilnius dates being announced", "the summit" -> "the summit" is the vilnius summit (a kind alone borrows the other's place)

An event is counted from its first day unless its last ("closing", "final", "end of") is asked; an entry with one
date has one day either way. Pure text, and what an entry's dates say.
"""

from __future__ import annotations

from typing import NamedTuple

from ...knowledge.model import Event, FuzzyDate, Initiative, Pledge
from ...patterns import lazy_pattern
from ..places import places_in
from .established_by import decision_of
from ..day_spoken import day_spoken

_END_FIRST = lazy_pattern(r"^(?:the )?(?:(?:last|final|closing|concluding|end) day|end|close|closing|wrap up) of ")
_START_FIRST = lazy_pattern(r"^(?:the )?(?:(?:opening|first|start) day|day one|day 1|day|date|opening|start|beginning|kick off|kickoff|opening session) of ")
_END_AFTER = lazy_pattern(r"(?: s)? (?:(?:last|final|closing|concluding) day|end|close|closing|closing day|wrap up|ending)$")
_START_AFTER = lazy_pattern(r"(?: s)? (?:(?:opening|first|start) day|day one|day 1|day|date|opening|opening session|start|kick off|kickoff|opened|began|started|kicked off)$")
#: A side told as a happening: "the pledge being agreed in warsaw", "the vilnius dates being announced", "the day the nicc was agreed".
_HAPPENING = lazy_pattern(r"^(?:the )?(?:day|date) (?!one\b|1\b|of\b)(?:when |that )?|\b(?:being|was|were|got|getting) (?:agreed|announced|adopted|signed|held|set up|made|decided|launched|founded|established|appointed|issued|released|published|unveiled|endorsed|approved)\b| (?:took place|happened|was held|were held|came round|came around)$")
_DECIDED = lazy_pattern(r"\b(?:was|were|being|got|getting|been) (?:agreed|decided|approved|endorsed)\b")  # told as agreed: "the nicc was agreed"
#: The words a side may be made of and still name no gathering of its own: "the summit", "the pledge conference".
_KIND_ONLY = frozenset("the a its that itself actual summit summits conference conf conferences pledge cyber defence nato annual event meeting".split())


class Side(NamedTuple):
    words: str  # what names the entry: "the hague pledge conference"
    edge: str  # the day of it counted: "start" or "end"
    decided: bool  # told as a decision ("the nicc was agreed"): the decision that set a body up, not the body


def edge_of(side: str) -> Side:
    """``side`` without the words that say which of its days is meant, that day, and whether it is told as agreed."""
    decided = _DECIDED.search(side) is not None
    side = " ".join(_HAPPENING.sub(" ", side).split())
    for first, after, edge in ((_END_FIRST, _END_AFTER, "end"), (_START_FIRST, _START_AFTER, "start")):
        if (bare := first.sub("", side, count=1)) != side or (bare := after.sub("", side, count=1)) != side:
            return Side(bare.strip(), edge, decided)
    return Side(side, "start", decided)


def with_place_shared(x: str, y: str) -> tuple[str, str]:
    """"the vilnius dates announced", "the summit" -> ..., "the summit vilnius": a side naming only a kind takes the other's place."""
    def bare(side: str) -> bool:
        return set(side.split()) <= _KIND_ONLY and not _KIND_ONLY.isdisjoint({"summit", "conference", "conf"} & set(side.split()))

    if bare(y) and (place := places_in(x)):
        return x, f"{place[0][0]} {y}"
    if bare(x) and (place := places_in(y)):
        return f"{place[0][0]} {x}", y
    return x, y


def at_edge(dated: tuple | None, edge: str) -> tuple | None:
    """``dated`` (an entry and the day it began) with its last day instead when ``edge`` is "end" and it has one."""
    if dated is None or edge != "end" or not isinstance(dated[0], Event) or dated[0].when.end is None:
        return dated
    return dated[0], dated[0].when.end


def day_counted(entry, date: FuzzyDate, when: str) -> str:
    """How the reply dates a side: its own dates, or "last day, 17 May 2024" when its last day is the one counted."""
    if isinstance(entry, Event) and entry.when.end is not None and date == entry.when.end and date != entry.when.start:
        return f"last day, {date}"
    return when


def founding_decision(lookup, entry) -> Pledge | None:
    """The dated decision that set up ``entry`` when it is a body (``established_by.decision_of``), else None."""
    decision = decision_of(lookup, entry) if isinstance(entry, Initiative) else None
    return decision if decision is not None and decision.date is not None else None

#: A side told as someone's speech at a gathering: "stoltenberg's rome keynote", "rutte's tirana address".
_SPEECH = frozenset("speech speeches keynote address addresses remarks spoke speaking talk video message statement".split())


def speech_dated(lookup, words: str, event: Event, today) -> tuple | None:
    """(``event``, the day its speaker the side names spoke there, "Jens Stoltenberg spoke on 10 November 2022", the speaker) when the side
    is someone's speech at it ("stoltenberg's rome keynote") and the knowledge dates that day; else None."""
    if _SPEECH.isdisjoint(words.split()):
        return None
    person = next((p for p in lookup.named(words, on=today).people if p.id in event.speakers), None)
    day = day_spoken(lookup, person, event) if person is not None else None
    if day is None:
        return None
    date = FuzzyDate(day.year, day.month, day.day)
    return event, date, f"{person.name} spoke on {date}", person
