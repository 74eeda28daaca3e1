"""The gathering a speaker's words were asked of by its kind or series alone: "what did ollongren say at the pledge
conference" (the edition she was quoted at), "what did rutte say at the summit" (the one gathering he was quoted at, said
loosely), "what did edi rama say at the conference" (never quoted: the one gathering he spoke at, so a miss names it)."""

from __future__ import annotations

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ..constraints import GATHERING_KINDS
from ..lookup import Lookup
from ..search import normalize, tokens

#: Words that name a series or a kind, nothing more: "the pledge conference", "the summit".
_SERIES_ONLY, _NAMES_SERIES = frozenset("nato cyber defence defense pledge annual conference summit".split()), lazy_pattern(r"\b(?:pledge|annual|cyber)\b")


def edition_quoted(lookup: Lookup, event: Event | None, phrase: str, quotes: list, person=None) -> Event | None:
    """"what did ollongren say at the pledge conference": the edition of that series the speaker was quoted at,
    when ``phrase`` names the series alone and the edition it found first holds none of ``quotes``; "at the summit",
    "at the conference" (a kind alone, said loosely): the one gathering ``person`` was quoted at, or else spoke at."""
    if event is None or any(q.event == event.id for q in quotes) or set(tokens(normalize(phrase))) - _SERIES_ONLY:
        return event
    events = lookup.knowledge.events
    if not event.series or not _NAMES_SERIES.search(phrase):  # "at the conference": any series, any gathering
        editions = {q.event for q in quotes if q.event in events} or {e.id for e in (lookup.events_with(person) if person and not quotes else ())
                                                                      if e.kind in GATHERING_KINDS}  # "edi rama at the summit": Tirana's
    else:
        editions = {q.event for q in quotes if q.event in events and events[q.event].series == event.series}
    return events[editions.pop()] if len(editions) == 1 else event

