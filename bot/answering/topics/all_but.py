"""A list asked for with part of it left out ("all except X", "other than X", "minus X", "not from X", "neither X nor Y"):
the events or quotes the rest of the question asks for, less those the left-out words name.

    "other than Berlin, where has the annual NATO Cyber Defence Conference been held?" -> London 2024, Tirana 2025
    "summits in your data minus Vilnius and Warsaw"                                  -> Wales 2014, Washington 2024
    "events from 2022, excluding the Rome conference itself"                         -> the Vilnius dates, the photo
    "which 2023 events were not summits?"                                            -> Berlin 2023
    "which of the cyber conferences were NOT held in a capital city?"                -> The Hague 2024
    "which Stoltenberg quotes are NOT from Berlin?"                                  -> his Rome lines
    "all the Rutte Tirana quotes except 'no one stands alone'"                       -> his other lines there
    "which quotes do you have from someone who is neither Stoltenberg nor Rutte?"    -> Ollongren's, Odobescu's, ...

What is left out may be a place, a capital, a year, an event's kind, a person or (of quotes) their words; when the
words left out name none of these the question is left to the other steps. Tried only when a word of leaving out and a
word of a list (quotes, events, conferences, summits …) are both words of the question.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ...knowledge.model import Event, Quote
from ...patterns import lazy_pattern
from ...reply import Reply
from .. import event_index
from ..described_events import CAPITALS
from ..lookup import Lookup
from ..mentions import find_series
from ..phrasing import join_words
from ..places import Place, places_in
from ..quote_rank import scored_quotes
from ..search import STOPWORDS, normalize
from .events import KIND_WORDS, answer_events_list
from .general import not_found
from .quote_replies import paged_quotes

#: Words of leaving out; one of them is a word of every question this step answers.
LEAVING_OUT = frozenset("except excluding exclude excluded besides apart other minus aside counting but not neither without "
                        "wasnt werent isnt arent wasn weren isn aren outside leaving leave omitting skipping".split())
#: A list asked for ("quotes", "summits"), not one entry: "where was the 2024 conference - not the pledge one" asks one.
_QUOTE_NOUNS = frozenset("quotes quotations lines".split())
_EVERY = frozenset("every all each".split())
_EVERY_PLACE = frozenset("has have else".split())  # "other than berlin, where has the annual conference been held?": every place
_EVENT_NOUNS = frozenset("events conferences confs summits exercises meetings".split())
#: The cue and what it leaves out, up to a mark, a dash or the question that follows ("other than berlin, where ...").
_LEFT_OUT = lazy_pattern(
    r"(?:\b(?:all|everything|every one|any)\s+)?\b(?P<cue>except(?: for)?|excluding|exclude|other than|besides|apart from|"
    r"aside from|minus|but not|not counting|leaving out|leave out|omitting|skipping|without|neither|(?:held )?outside(?: of)?|"
    r"(?:(?:are|is|was|were)\s+)?not(?: (?:held|said|made))?(?: (?:from|in|at|by))?|(?:was|were|are|is)n(?:[’' ])?t(?: (?:held|said))?(?: (?:from|in|at|by))?)"
    r"\s+(?P<out>.+?)(?=\s*(?:[,?;:!]|\s[-–—]\s|\.(?:\s|$)|$)|\s+(?:which|what|who|where|when|how)\b)")
_PARTS = lazy_pattern(r"\s*(?:,|\band\b|\bor\b|\bnor\b|&)\s*")  # "vilnius and warsaw", "neither stoltenberg nor rutte"
_QUOTED = lazy_pattern(r"[\"“”'‘’]([^\"“”‘’]{3,}?)[\"“”'‘’](?!\w)")  # a line left out as a whole: "except 'no one stands alone'"
#: Words of a left-out part that do not say which entries: "the rome conference itself", "the china ones".
_NOT_NAMING = frozenset("the a an one ones itself line lines quote quotes bit part parts thing things stuff city cities capital "
                        "capitals from in at by held said event events pledge annual nato cyber defence defense of".split())


class _Part(NamedTuple):
    """One thing left out: an entry is left out when it meets every one of these that is set."""

    places: tuple[Place, ...]
    people: tuple[str, ...]
    years: tuple[int, ...]
    kind: str | None
    capital: bool
    words: str
    label: str  # as the answer names it: "Berlin", "Jens Stoltenberg", "summits", "“no one stands alone”"


def answer_all_but(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The events or quotes ``text`` (as typed) asks for, less those it leaves out; None for other questions."""
    words = set(normalize(text).split())
    if LEAVING_OUT.isdisjoint(words) or (not _asks_quotes(words) and _EVENT_NOUNS.isdisjoint(words) and "where" not in words):
        return None
    lowered = text.lower()
    if (match := _LEFT_OUT.search(_QUOTED.sub(_masked, lowered))) is None or _tells_which(match):
        return None  # "'china is not our enemy' - ...": the words of a line; "the 2024 ones, not the pledge ones": which
    rest, out = f"{lowered[:match.start()]} {lowered[match.end():]}", lowered[match.start("out"):match.end("out")]
    parts = _left_out(lookup, out, today, quotes=_asks_quotes(set(normalize(rest).split())))
    if not parts:
        return None
    said_as = join_words(p.label for p in parts)
    if _asks_quotes(set(normalize(rest).split())):
        return _quotes_but(lookup, rest, parts, said_as, today)
    if not _EVENT_NOUNS.isdisjoint(asked := normalize(rest).split()) or "where" in asked and not _EVERY_PLACE.isdisjoint(asked):
        return _events_but(lookup, rest, parts, said_as)
    return None


def _asks_quotes(words: set[str]) -> bool:
    """Quotes asked for as a list: "quotes", "lines", or "every quote", "all his quote" typed singular."""
    return not _QUOTE_NOUNS.isdisjoint(words) or "quote" in words and not _EVERY.isdisjoint(words)


def _years(text: str) -> list[int]:
    """The years ``text`` (normalised) names: "2022", "the 2019 and 2024 ones"."""
    return [int(w) for w in text.split() if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")]


def _masked(quoted) -> str:
    """Quoted words blanked (their marks kept), so that no cue is read inside them: "'we must not repeat this mistake'"."""
    return quoted[0][0] + "_" * (len(quoted[0]) - 2) + quoted[0][-1]


def _tells_which(match) -> bool:
    """A bare "not the …" tells which one is meant ("the annual ones, not the pledge ones"), leaving none out."""
    return match["cue"].split()[-1] == "not" and not match["cue"].startswith("but") and match["out"].startswith("the ")


def _left_out(lookup: Lookup, out: str, today: dt.date, *, quotes: bool) -> list[_Part] | None:
    """What ``out`` leaves out, one part per name ("vilnius and warsaw"); None when a part names nothing known."""
    parts = []
    for said in (p for p in _PARTS.split(out) if p.strip()):
        if quotes and (quoted := _QUOTED.search(said)):
            parts.append(_Part((), (), (), None, False, normalize(quoted[1]), f"“{quoted[1].strip()}”"))
            continue
        normalised = normalize(said)
        places = tuple(p for _, p in places_in(normalised))
        named = lookup.named(normalised, on=today)
        people = tuple(p.id for p in named.people)
        years = tuple(_years(normalised))
        kind = next((KIND_WORDS[w] for w in normalised.split() if w in KIND_WORDS), None)
        place_words = {w for name, _ in places_in(normalised) for w in name.split()}
        left = [w for w in normalised.split() if w not in _NOT_NAMING and w not in STOPWORDS and w not in place_words
                and w not in KIND_WORDS and not _years(w) and w not in lookup.name_words]
        capital = "capital" in normalised or "capitals" in normalised
        if left and not quotes and not _names_events(lookup, left) or not (places or people or years or kind or capital or left):
            return None  # "neither in western europe nor in person": not a place, a year or a kind the knowledge knows
        named_as = [*(p.name for p in named.people), *(p.name for p in places), *map(str, years)]
        parts.append(_Part(places, people, years, kind, capital, " ".join(left), _label(named_as, kind, capital, left, quotes=quotes)))
    return parts


def _names_events(lookup: Lookup, words: list[str]) -> bool:
    """Whether some event's name holds every one of ``words`` ("wales": the Wales summit, held at Newport)."""
    return any(_in_name(e, " ".join(words)) for e in event_index.with_words_of(lookup.event_index, words[0]))


def _in_name(event: Event, words: str) -> bool:
    return all(f" {w} " in f" {normalize(event.name)} " for w in words.split())


def _label(named_as: list[str], kind: str | None, capital: bool, words: list[str], *, quotes: bool) -> str:
    """How the answer names a part left out: "Berlin", "the Rome conference", "summits", "those in a capital"."""
    if words and not quotes:  # "apart from wales": a word of the events' names
        named_as, words = [*named_as, *(w.capitalize() for w in words)], []
    if kind:
        named_as = ["the", *named_as, kind] if named_as else [f"{kind}s"]
    return " ".join([*named_as, *(["those in a capital"] if capital else []), *([f"those on “{' '.join(words)}”"] if words else [])])


def _events_but(lookup: Lookup, rest: str, parts: list[_Part], said_as: str) -> Reply | None:
    """The events of the kind, series, year and place ``rest`` names, less those ``parts`` leave out."""
    asked = normalize(rest)
    year = next(iter(_years(asked)), None)
    kind = next((KIND_WORDS[w] for w in asked.split() if w in KIND_WORDS), None)
    series = find_series(asked)
    places = [p for _, p in places_in(asked)]
    pool = [e for e in event_index.newest_first(lookup.event_index, year)
            if (kind is None or e.kind == kind) and (series is None or e.series == series)
            and (not places or any(_at(e, p) for p in places))]
    if not pool:
        return None
    kept = [e for e in pool if not any(_event_left_out(e, part) for part in parts)]
    if len(kept) == len(pool):
        return None  # nothing the question names was left out: not what it asks
    noun = f"{series}s" if series else f"{kind}s" if kind else "events"
    if not kept:
        return not_found(f"No {noun} in the knowledge once {said_as} are left out", suggestions=("events",))
    noun = noun[:-1] if len(kept) == 1 else noun
    return answer_events_list(lookup, kept, f"{len(kept)} {noun}{f' in {year}' if year else ''}, leaving out {said_as}",
                              f"events {series or kind or ''} {year or ''}".strip(), newest_first=True)


def _event_left_out(event: Event, part: _Part) -> bool:
    """Whether ``event`` meets everything ``part`` names."""
    if part.people:
        return False
    return ((not part.words or _in_name(event, part.words)) and (not part.places or any(_at(event, p) for p in part.places))
            and (not part.years or event.when.start.year in part.years)
            and (part.kind is None or event.kind == part.kind)
            and (not part.capital or _in_a_capital(event)))


def _at(event: Event, place: Place) -> bool:
    """Held at ``place`` or named with it ("Announcement of the 2023 Vilnius Summit dates" is not held at Vilnius)."""
    city, country = normalize(event.city or ""), normalize(event.country or "")
    name = normalize(place.name)
    held = f" {name} " in f" {city} " if place.is_city else country == normalize(place.country)
    return held or (event.kind != "meeting" and f" {name} " in f" {normalize(event.name)} " and not event.name.startswith("Announcement"))


def _in_a_capital(event: Event) -> bool:
    """Held in a country's capital ("Washington, D.C." is Washington)."""
    return bool(event.city) and event.city.split(",")[0] == CAPITALS.get(event.country or "")


def _quotes_but(lookup: Lookup, rest: str, parts: list[_Part], said_as: str, today: dt.date) -> Reply | None:
    """The quotes of the speakers, places and topic ``rest`` names, less those ``parts`` leave out."""
    asked = normalize(rest)
    scope, _, topic = asked.partition(" about ")  # "berlin quotes, all except the china ones: which are about private companies?"
    people = lookup.named(scope, on=today).people
    places = [p for _, p in places_in(scope)]
    events = lookup.knowledge.events
    pool = [q for q in lookup.knowledge.quotes.values() if not q.variant_of
            and (not people or q.speaker in {p.id for p in people})
            and (not places or (q.event in events and any(_at(events[q.event], p) for p in places)))]
    kept = [q for q in pool if not any(_quote_left_out(lookup, q, part) for part in parts)]
    if not pool or len(kept) == len(pool):
        return None
    if topic and not (kept := _best_on(lookup, kept, topic)):
        return None
    by = f" by {people[0].name}" if len(people) == 1 else ""
    at = f" from {places[0].name}" if len(places) == 1 else ""
    about_said = f" about {topic}" if topic else ""
    title = f"{len(kept)} quote{'s' if len(kept) != 1 else ''}{by}{at}{about_said}, leaving out {said_as}"
    return paged_quotes(lookup, kept, title, f"quotes {normalize(people[0].name) if people else ''}".strip())


def _best_on(lookup: Lookup, quotes: list[Quote], topic: str) -> list[Quote]:
    """Those of ``quotes`` that hold most of ``topic`` ("private companies": the line naming them, not every line on "private")."""
    scored = scored_quotes(lookup, quotes, topic, topics=True, least=0.5)
    return [q for score, q in scored if score == scored[0][0]]


def _quote_left_out(lookup: Lookup, quote: Quote, part: _Part) -> bool:
    """Whether ``quote`` meets everything ``part`` names: its speaker, where and when it was said, its words."""
    event = lookup.knowledge.events.get(quote.event or "")
    return ((not part.people or quote.speaker in part.people)
            and (not part.places or (event is not None and any(_at(event, p) for p in part.places)))
            and (not part.years or (quote.said is not None and quote.said.year in part.years))
            and (part.kind is None or (event is not None and event.kind == part.kind))
            and (not part.words or _holds(quote, part.words)))


def _holds(quote: Quote, words: str) -> bool:
    """The quote's text or topics hold ``words``: as a phrase, or each word as the start of one of theirs ("investments")."""
    said = f" {normalize(quote.text)} {normalize(' '.join(quote.topics))} "
    if f" {words} " in said:
        return True
    held = said.split()
    return all(any(h.startswith(w[:max(4, len(w) - 2)]) for h in held) for w in words.split())
