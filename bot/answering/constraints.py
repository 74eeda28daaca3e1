"""Step 4 guard: every constraint a question names is met by the answer, or the reply says it is not.

"when was the Oslo conference?" must never get the Tirana conference as its
answer: the place (a year, a series, an edition) named is a constraint.
``unmet`` lists the constraints an event fails; ``missed`` turns them into the
honest reply: what is not in the knowledge first ("I have no conference in
Oslo."), then the nearest entries, labelled as suggestions.
"""

from __future__ import annotations

import calendar
import heapq
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from ..knowledge.model import Event, Quote
from ..patterns import lazy_pattern
from ..reply import Block, Reply
from . import event_index, messages
from .editions import skipped_edition
from .lookup import Lookup
from .mentions import Mentions
from .phrasing import event_label, item_refs, sentences
from .places import places_in
from .search import normalize


def unmet(event: Event, mentions: Mentions) -> list[str]:
    """The constraints of ``mentions`` that ``event`` fails, as phrases: ["in Oslo", "in 2023"]."""
    failed = []
    for place in mentions.places:
        if not at_place(event, place) and not _named_so(event, _norm(place.name)):  # "the Vilnius summit announcement"
            failed.append(f"in {place.name}")
    if mentions.year is not None and not _in_year(event, mentions.year):
        failed.append(f"in {mentions.year}")
    if mentions.date is not None and mentions.year == mentions.date.year and not event.when.contains(mentions.date):
        failed.append(f"on {mentions.date.day} {calendar.month_name[mentions.date.month]} {mentions.date.year}")  # "any conference 14 february 2023"
    if mentions.month is not None and mentions.month not in {event.when.start.month, (event.when.end or event.when.start).month}:
        failed.append(f"in {calendar.month_name[mentions.month]}")
    if mentions.series and _facts(event).series != _norm(mentions.series):
        failed.append(f"in the {mentions.series} series")
    if mentions.kind in STRICT_KINDS and event.kind != mentions.kind and not failed and not _named_so(event, mentions.kind):
        where = [f"in {p.name}" for p in mentions.places] or ([f"in {mentions.year}"] if mentions.year else [])
        failed += where or [f"of that name ({event.name} was a {event.kind})"]
    return failed


def _named_so(event: Event, kind: str) -> bool:
    """Whether a word the question named (a kind, a place) is part of the event's own name ("Vilnius summit dates announced")."""
    return any(f" {kind} " in name for name in _facts(event).names)


def own_series(event: Event, text: str) -> str | None:
    """The series of the entry a question names by it ("how many countries took part in cyber coalition 2025"): when
    that edition is not recorded, no other event of that year is the answer (the conference series name their kinds)."""
    series = event.series
    return series if series and series not in CONFERENCE_SERIES and f" {_norm(series)} " in f" {text} " else None


CONFERENCE_SERIES = frozenset({"NATO Cyber Defence Conference", "Cyber Defence Pledge Conference"})


#: Kinds a question can insist on: asked for a summit, a conference is not the answer.
STRICT_KINDS = frozenset({"summit", "conference", "exercise"})
#: Kinds a word names loosely: "the rome meeting", where no meeting is recorded, is the conference held there.
LOOSE_KINDS = {"meeting": frozenset({"meeting", "conference", "summit"})}
#: The kinds of gathering people call by each other's name ("the summit in tirana", "the conference in vilnius").
GATHERING_KINDS = frozenset({"conference", "summit"})


def quote_unmet(lookup: Lookup, quote: Quote, mentions: Mentions) -> list[str]:
    """The place and year constraints a quote fails (where and when it was said)."""
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    failed = [f"in {p.name}" for p in mentions.places if not (event and at_place(event, p)) and not _named_in(p, quote)]
    if mentions.year is not None and not (quote.said and quote.said.year == mentions.year) and not (event and _in_year(event, mentions.year)):
        failed.append(f"in {mentions.year}")
    return failed


def _named_in(place, quote: Quote) -> bool:
    """A country the quote's own words name ("as we saw in Ukraine"): what it is about, not where it was said."""
    return not place.is_city and f" {_norm(place.name)} " in f" {_norm(quote.text)} "


def at_place(event: Event, place) -> bool:
    facts = _facts(event)
    if place.is_city:
        return bool(facts.city) and _norm(place.name) in facts.city
    country = _norm(place.country)
    return facts.country == country or any(country in h for h in facts.hosts)


class _EventFacts(NamedTuple):
    """An event's names and places, normalised once."""

    city: str
    country: str
    hosts: tuple[str, ...]
    names: tuple[str, ...]  # padded with spaces: " nato wales summit 2014 "
    series: str


_FACTS: dict[int, tuple[Event, _EventFacts]] = {}


def _facts(event: Event) -> _EventFacts:
    cached = _FACTS.get(id(event))
    if cached is not None and cached[0] is event:
        return cached[1]
    facts = _EventFacts(_norm(event.city or ""), _norm(event.country or ""), tuple(_norm(h) for h in event.hosts),
                        tuple(f" {_norm(n)} " for n in (event.name, *event.aliases)), _norm(event.series or ""))
    if len(_FACTS) > 50_000:  # a reload builds new events: forget the old ones
        _FACTS.clear()
    _FACTS[id(event)] = (event, facts)
    return facts


@lru_cache(maxsize=1024)
def _norm(text: str) -> str:
    return normalize(text)


def _in_year(event: Event, year: int) -> bool:
    last = event.when.end or event.when.start
    return event.when.start.year <= year <= last.year or str(year) in event.name


def missed(lookup: Lookup, noun: str, failed: list[str], near: list[Event], *, skipped: str | None = None) -> Reply:
    """"I have no conference in Oslo.": the miss first, then what the knowledge says about that
    (a series' own note on a year it skipped), then the nearest entries as labelled suggestions.
    ``skipped`` ("answer", "claim"): where the knowledge says what became of the year's edition, that is the answer."""
    if skipped and (edition := skipped_edition(lookup, noun, failed, near, claim=skipped == "claim")) is not None:
        return edition
    blocks = tuple(Block(s, heading=messages.KNOWLEDGE_SAYS) for s in _said_about(lookup, failed, near)[:1])
    if near:
        blocks += (Block(messages.NEAREST, heading=messages.SUGGESTIONS_HEADING),) + tuple(
            Block("", style="item", heading=event_label(e)) for e in near[:3]
        )
    return Reply(
        "not_found",
        messages.have_no(noun, failed),
        blocks=blocks,
        items=item_refs(near[:3]),
        suggestions=tuple(f"event {e.name}" for e in near[:2]) + ("events",),
    )


def _said_about(lookup: Lookup, failed: list[str], near: list[Event]) -> list[str]:
    """Sentences of the series these events belong to that name what was asked for ("the 2020 edition was postponed")."""
    asked = [w for phrase in failed for w in phrase.split() if w[:1].isdigit() or w[:1].isupper()]
    ids = {e.id for e in near[:3]}
    found = []
    for initiative in lookup.knowledge.initiatives.values():
        if ids & set(initiative.events):
            found += [sentence for sentence, words in _sentences(initiative.summary) if all(w in words for w in asked)]
    for event in near[:1]:  # "the 2016 edition, the ninth, was held in Estonia"
        found += [sentence for sentence, words in _sentences(event.summary or "") if all(w in words for w in asked)]
    return found


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The sentences of ``text``, each with its words (split once per text)."""
    return tuple((s, frozenset(_WORD.findall(s))) for s in sentences(text))


_WORD = lazy_pattern(r"[\w-]+")


def could_meet(lookup: Lookup, mentions: Mentions) -> list[Event]:
    """The events that can meet the year, month, places and series named: the fewest of the index's lists, or every event."""
    index = lookup.event_index
    pools = [event_index.in_year(index, mentions.year)] if mentions.year is not None else []
    pools += [event_index.in_month(index, mentions.month)] if mentions.month is not None else []
    pools += [list({id(e): e for name in (p.name, p.country) for e in event_index.with_words_of(index, name)}.values()) for p in mentions.places]
    pools += [event_index.in_series(index, mentions.series)] if mentions.series else []
    return min(pools, key=len) if pools else list(lookup.knowledge.events.values())


NEAREST = 4  # the suggestions shown (3), and one more where the guard puts the rejected entry first


def nearest(lookup: Lookup, mentions: Mentions, kind: str | None) -> list[Event]:
    """Entries close to what was asked: same kind, then at the places or of the series named, then
    nearest in year, newest first. The first ``NEAREST`` of that order, without sorting every event."""

    def closeness(event: Event) -> tuple:
        return (
            -(len([p for p in mentions.places if at_place(event, p)])),
            -(bool(mentions.series and _facts(event).series == _norm(mentions.series))),
            abs(event.when.start.year - mentions.year) if mentions.year else 0,
            -event.when.start.first_day().toordinal(),
        )

    index = lookup.event_index
    named = [*(e for p in mentions.places for name in (p.name, p.country) for e in event_index.with_words_of(index, name)),
             *(event_index.in_series(index, mentions.series) if mentions.series else ())]
    favoured = {id(e): e for e in named if (kind is None or e.kind == kind) and closeness(e)[:2] != (0, 0)}
    found = heapq.nsmallest(NEAREST, favoured.values(), key=closeness)
    if len(found) < NEAREST:  # the rest are ordered by year and date alone
        keep = lambda e: (kind is None or e.kind == kind) and id(e) not in favoured  # noqa: E731
        found += event_index.closest_in_time(index, mentions.year, NEAREST - len(found), keep)
    return found


def either_place(mentions: Mentions, text: str, event) -> Mentions:
    """Places offered as options ("rome or paris"): the one the event is at is the constraint, not all of them; none
    when the event is at neither (the asker's guesses)."""
    if not mentions.places or " or " not in text:
        return mentions
    named = places_in(text)
    if not any(f"{a} or {b}" in text or f"{a} or the {b}" in text for (a, _), (b, _) in zip(named, named[1:])):
        return mentions
    at = [p for _, p in named if at_place(event, p)]
    return replace(mentions, places=tuple(at[:1]))  # neither ("madrid or oslo"): guesses, which the answer corrects


def standing_in(text: str, year: int | None) -> bool:
    """Whether a standing body whose ``text`` holds these years stood in ``year``: a year it names, or one after its first
    ("were the rapid reaction teams deployable by 2014": developed from 2011)."""
    years = [int(y) for y in YEARS.findall(text)]
    return year is not None and bool(years) and (year in years or year >= min(years))


def of_its_year(item, sentence: str, asked: str = "") -> bool:
    """A sentence of an event's text that names years names its own, or one ``asked`` names ("the 2016 edition ... 700
    participants" is not the 2008 one's, unless 2016 is asked)."""
    years = set(YEARS.findall(sentence))
    return not years or not isinstance(item, Event) or str(item.when.start.year) in years or not years.isdisjoint(YEARS.findall(asked))


#: A year as a text writes it ("2016"): the one pattern the answering steps share.
YEARS = lazy_pattern(r"\b(?:19|20)\d\d\b")
