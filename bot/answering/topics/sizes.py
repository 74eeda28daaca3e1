"""Which of two events was bigger: "which was bigger, rome 2022 or the hague 2024? my chair wants numbers".

    "which was bigger, rome 2022 or the hague 2024"     -> The Hague's figure (more than 150 delegates); none for Rome
    "was tirana better attended than berlin?"           -> no figure recorded for either: said so
    "cyber coalition or the hague, which had more participants" -> each figure, the larger first

A size is what an event's own summary says in a number of delegates, participants, attendees or countries; where an
event has none, the reply says so rather than guessing. Each event is held to the year and place its words name
(``held_event``). A question without a word of size costs a set test.
"""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge.model import Event
from ...reply import Block, Reply
from .. import event_messages as say
from ..lookup import Lookup
from ..phrasing import event_label, item_refs, sentences, source_refs
from ..normalizing import normalize, word_set
from ...patterns import lazy_pattern
from ..mentions import find_kind, find_mentions
from ..per_load import PerLoad, per_load
from .held_event import held_event

_CUES = frozenset("bigger larger biggest largest busier attended more many".split())
_ASKS_SIZE = lazy_pattern(r"\b(?:(?:bigger|larger|biggest|largest)(?! (?:gap|break|pause|interval|wait)\b)|busier|(?:better|more|best|most) attended|more (?:people|delegates|attendees|participants|guests"
                          r"|countries|nations|visitors)|(?:size|attendance) (?:of|at)"
                          r"|how many (?:people|delegates|attendees|participants|guests|countries|nations|visitors)\b(?=.*\b(?:compared|versus|vs|than|or|and)\b))\b")
_FIGURE = lazy_pattern(r"\b(?:more than |over |about |some |around |nearly |almost )?(\d[\d,]*)\+? (?:[a-z]+ ){0,2}?(?:delegates|participants|attendees|people"
                       r"|countries|nations|experts|representatives|officials|guests|visitors)\b", re.IGNORECASE)
_DIGIT = lazy_pattern(r"\d")  # in every figure: a summary without one is passed over at once
_SEGMENT = lazy_pattern(r"[?!.;:]+\s*")
_SPLIT = lazy_pattern(r"\s*(?:,|\bor\b|\band\b|\bvs\b|\bversus\b|\bthan\b|\bcompared (?:to|with)\b)\s*")
_FILLER = frozenset("which was were is did had has the one came to at went attended how many bigger larger biggest largest busier better more attended event conference "
                    "people delegates attendees participants guests countries nations visitors".split())


def answer_size(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The sizes the knowledge records of the two events a message compares by size, or None."""
    if _CUES.isdisjoint(word_set(question)) and _CUES.isdisjoint(normalize(text).split()):
        return None
    segments = [normalize(s) for s in _SEGMENT.split(text) if s.strip()]
    cued = next((n for n, s in enumerate(segments) if _ASKS_SIZE.search(s)), None)
    if cued is None:
        return None
    events = None
    for window in (segments[cued:cued + 1], segments[cued:cued + 2], segments[max(cued - 1, 0):cued + 1]):
        if (events := _two_events(lookup, " ".join(window), today)) is not None:
            break
    if events is None and _LARGEST.search(segments[cued]) and (find_kind(segments[cued]) or _GATHERING.search(segments[cued])):
        return _sized_list(lookup, find_kind(segments[cued]))  # "which was the biggest conference": those with a figure; not "the biggest threat"
    if events is None or isinstance(events, Reply):
        return events
    figures = [(event, _size(event)) for event in events]
    figures.sort(key=lambda pair: -(pair[1][0] if pair[1] else -1))
    blocks = tuple(Block(f"{event_label(e)}: {line if line else say.NO_SIZE}") for e, (_, line) in
                   ((e, f or (0, "")) for e, f in figures))
    known = [e for e, f in figures if f]
    if not known:
        return Reply("not_found", say.no_sizes(" or ".join(e.name for e in events)), blocks=blocks, items=item_refs(events),
                     suggestions=tuple(f"event {e.name}" for e in events))
    title = say.size_of(known[0].name, figures[0][1][1]) if len(known) == 1 else say.sizes(
        [(e.name, _FIGURE.search(f[1])[0]) for e, f in figures if f])
    return Reply("answer", title, blocks=blocks, items=item_refs([e for e, _ in figures]), sources=source_refs(lookup.knowledge, known),
                 suggestions=tuple(f"event {e.name}" for e in events))


def _two_events(lookup: Lookup, words: str, today: dt.date) -> list[Event] | Reply | None:
    match = _ASKS_SIZE.search(words)
    sides = (words[match.end():], words[: match.start()], f"{words[: match.start()]} or {words[match.end():]}") if match else (words,)
    for side in sides:  # "which was bigger, a or b", "a or b: which was bigger", "was a better attended than b"
        parts = [p for p in (" ".join(w for w in part.split() if w not in _FILLER) for part in _SPLIT.split(side)) if p]
        if len(parts) != 2:
            continue
        found = [held_event(lookup, p, find_mentions(lookup, p, today)) for p in parts]
        if missing := next((f for f in found if isinstance(f, Reply)), None):
            return missing  # "the hague 2024 or madrid 2023": no event in Madrid
        if all(isinstance(e, Event) for e in found) and found[0].id != found[1].id:
            return found
    return None


def _size(event: Event) -> tuple[int, str] | None:
    """The first figure of size in the event's summary, and the sentence that gives it."""
    summary = event.summary or ""
    if not _DIGIT.search(summary) or not _FIGURE.search(summary):  # a figure in a sentence is one in the whole summary
        return None
    for sentence in sentences(summary):
        if match := _FIGURE.search(sentence):
            return int(match[1].replace(",", "")), sentence
    return None


_GATHERING = lazy_pattern(r"\b(?:one|ones|events?|gatherings?|editions?)\b")
_LARGEST = lazy_pattern(r"\b(?:biggest|largest|best attended|most attended|busiest)\b")
_SIZED = PerLoad("topics.sizes.sized")


def sized_events(lookup: Lookup) -> tuple[tuple[Event, tuple[int, str]], ...]:
    """The events whose summaries give a size, largest figure first (built once per knowledge load)."""
    def build(lookup: Lookup):
        found = [(e, size) for e in lookup.events_by_date if (size := _size(e)) is not None]
        return tuple(sorted(found, key=lambda pair: -pair[1][0]))

    return per_load(_SIZED, lookup, build)


def _sized_list(lookup: Lookup, kind: str | None) -> Reply:
    """The events of ``kind`` whose size is recorded: the knowledge cannot rank the others."""
    found = [(e, f) for e, f in sized_events(lookup) if kind is None or e.kind == kind][:5]
    noun = kind or "event"
    if not found:
        return Reply("not_found", say.no_sizes(f"any {noun}"), suggestions=("events",))
    blocks = tuple(Block(f"{event_label(e)}: {line}") for e, (_, line) in found)
    return Reply("answer", say.sized_only(len(found), noun), blocks=blocks, items=item_refs([e for e, _ in found]),
                 sources=source_refs(lookup.knowledge, [e for e, _ in found]), suggestions=tuple(f"event {e.name}" for e, _ in found[:2]))
