"""An edition of a series that did not take place, told from what the knowledge says happened to it.

    skipped_edition(lookup, "Cyber Defence Pledge Conference", ["in 2020"], near)
      -> "There was no Cyber Defence Pledge Conference in 2020: the 2020 edition, planned in Tallinn,
          was postponed because of COVID-19", with the next edition held and the series

A year asked of a series is a miss when the knowledge has no edition that year; where its
series, or an edition's notes, say what became of that year's edition (postponed, cancelled,
called off), that sentence is the answer, not a bare "I have no ...". Pure: reads the knowledge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.model import Event, Initiative
from ..reply import Block, Reply
from . import event_messages
from .lookup import Lookup
from .phrasing import event_label, item_refs, source_refs, sentences
from .search import normalize
from ..patterns import lazy_pattern

#: Words that say an edition did not go ahead as planned.
_FATE = lazy_pattern(r"\b(?:postponed|cancell?ed|called off|not held|did not take place|was not held|skipped)\b", re.IGNORECASE)
_CLAUSE_BREAK = lazy_pattern(r"[();:]")
_YEAR = lazy_pattern(r"^in ((?:19|20)\d\d)$")


def skipped_edition(lookup: Lookup, noun: str, failed: list[str], near: list[Event], *, claim: bool = False) -> Reply | None:
    """The answer for a year's edition that did not take place, or None when the knowledge says nothing of it.
    ``claim``: the question claimed the edition took place ("the 2020 one was in tallinn, right?"): a "No:" first."""
    year = next((int(m[1]) for phrase in failed if (m := _YEAR.match(phrase))), None)
    if year is None:
        return None
    series = series_of(lookup, noun, near)
    events = [lookup.knowledge.events[e] for i in series for e in i.events if e in lookup.knowledge.events]
    texts = [t for e in events for t in (e.notes, e.summary)] + [i.summary for i in series]
    said = next((clause for text in texts if text for clause in _fate_clauses(text, str(year))), None)
    if said is None:
        return None
    later = sorted((e for e in events if e.when.start.year > year), key=lambda e: e.when.start.first_day())
    blocks = (Block("", style="item", heading=event_messages.next_edition(event_label(later[0]))),) if later else ()
    blocks += tuple(Block(i.summary, heading=event_messages.THE_SERIES.format(name=i.name)) for i in series[:1] if i.summary)
    used = [*later[:1], *series[:1]]
    return Reply(
        "answer",
        event_messages.no_edition(noun, year, said, claim),
        blocks=blocks,
        items=item_refs(used),
        sources=source_refs(lookup.knowledge, used),
        suggestions=(*(f"event {e.name}" for e in later[:1]), "events"),
    )


def skipped_in_year(lookup: Lookup, words: str, year: int) -> Reply | None:
    """"what happened with the 2020 pledge conference in tallinn": no event of ``year`` fits ``words``, but the series of
    the event they name best skipped that year: what became of that edition; else None."""
    near = [lookup.item(h.ref) for h in lookup.hits(words, ("event",), limit=1)]
    series = series_of(lookup, "", near)
    return skipped_edition(lookup, series[0].name, [f"in {year}"], near) if series else None


def series_of(lookup: Lookup, noun: str, near: list[Event]) -> list[Initiative]:
    """The series named ``noun`` ("Cyber Defence Pledge Conference"), else those holding the nearest events."""
    series = [i for i in lookup.knowledge.initiatives.values() if i.kind in _SERIES_KINDS]
    named = [i for i in series if normalize(noun) in {normalize(n) for n in (i.name, *i.aliases)}]
    return named or [i for i in series if {e.id for e in near[:1]} & set(i.events)]


_SERIES_KINDS = frozenset({"programme", "exercise"})


@lru_cache(maxsize=256)
def _fate_clauses(text: str, year: str) -> tuple[str, ...]:
    """The sentences of ``text`` (or their bracketed part) that name ``year`` and what became of it: shortest last."""
    found = []
    for sentence in sentences(" ".join(text.split())):
        if year not in sentence or not _FATE.search(sentence):
            continue
        clauses = [c.strip(" ,.") for c in _CLAUSE_BREAK.split(sentence) if year in c and _FATE.search(c)]
        found += clauses[:1]  # "the 2016 Pledge: ... (the 2020 edition was postponed)": the year and its fate in one clause
    return tuple(found)
