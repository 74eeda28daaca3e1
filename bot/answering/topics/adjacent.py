"""The one event right before or after another: "pledge conf right before the hague one?", "which annual NCDC came after berlin".

    "pledge conference right before the hague"       -> Rome 2022 (the Pledge Conference before The Hague 2024)
    "which annual conference came after berlin"      -> London 2024, the next edition
    "when was the summit before vilnius"             -> the summit before Vilnius 2023, its date
    "the one after tallinn"                          -> the next edition of Tallinn's series
    "the pledge conference of 2017, the year after warsaw" -> none in 2017 (the next one, 2018, is not presented)

A question asking for one (a singular noun or "the one") gets the nearest edition
of the series or kind named, or of the anchor's own series; lists ("which
conferences came after berlin") are ``asked.events_around``'s. A question pays a
word-set check unless it holds "before", "after" or the like.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from ..event_index import series_key
from ..lookup import Lookup
from ..normalizing import normalize, word_set
from ..mentions import find_series, loose_series
from ..understanding import focus_of
from .. import terse_messages
from .named_event import NAMED_OUTRIGHT
from .events import KIND_WORDS, event_reply, find_event
from ...patterns import lazy_pattern

_CUES = frozenset("before after preceding following preceded followed prior".split())
#: Words that ask for several: those are a list (asked.events_around).
_PLURAL = frozenset("conferences summits events exercises meetings editions ones all list every".split())
_AROUND = lazy_pattern(r"^(?P<asked>.*?)\b(?:right |just |immediately |directly |straight )?(?:came |come |held |was |took place )?"
                       r"(?P<side>before|after|preceding|following|prior to|preceded|followed) (?:the )?(?P<anchor>.+)$")
#: First words of a yes-or-no question or a claim ("was the london conference before warsaw"): comparisons, not this.
_CHECKS = frozenset("was is were are did does do has had is it true".split())
_ASKED_WORDS = frozenset(KIND_WORDS) | {"one", "pledge", "annual", "edition"}
#: An ask for whatever came next, of any kind: "what came after the rome pledge conference", "which event followed it".
_ANY_ASKED = lazy_pattern(r"(?:and )?(?:so )?(?:what|which event|what event|anything|whats|what s|what was|what else)(?: next)?(?: (?:happened|came|was|took place|event))?")
_NOT_NAMING = frozenset("the a that this it january february march april may june july august september october november december".split()) | {str(y) for y in range(1990, 2100)}
_ANOTHER = lazy_pattern(r"^(?:did|was|were|is|has|had|have) (?:there|nato|the allies|allies|they|nato allies) (?:hold |have |run |organi[sz]e |been )?"
                        r"(?:another|a second|one more|any other|a further|an other|a later) (?P<kind>(?:\S+ ){0,3}?(?:conference|summit|exercise|meeting|event|one))"
                        r"(?: (?:later|afterwards|after that|earlier|before that|also|too))?(?: (?:in|during) (?P<year>(?:19|20)\d\d))?(?: later| earlier)?"
                        r" (?P<side>after|before) (?:the )?(?P<anchor>.+)$")
_BEFORE = frozenset("before preceding prior to preceded".split())
#: The verb of "where was X before the hague held": part of the question, not of the anchor's name.
_ASKED_AFTER = lazy_pattern(r"\s(?:held|hosted|organi[sz]ed|located|staged|convened|took place|take place|happen|happened)$")


def answer_adjacent(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The event next to the one named, on the side asked, or None when the question is not of this kind."""
    words = word_set(question)
    anything, year = None, None
    if "another" in words and (other := _ANOTHER.match(question)):  # "did nato hold another cyber conference later in 2024, after
        question, year = f"which {other['kind']} came {other['side']} {other['anchor']}", other["year"]  # the hague one"
        words = word_set(question)
    if words.isdisjoint(_CUES) or not words.isdisjoint(_PLURAL) or question.split()[0] in _CHECKS or "never" in words:
        return None  # "who came after stoltenberg", "was london before warsaw": other questions
    match = _AROUND.match(question)
    if match is None or not (anchor_text := _ASKED_AFTER.sub("", match["anchor"]).strip()):
        return None
    asked = match["asked"]
    if not set(asked.split()) & _ASKED_WORDS and not (anything := _ANY_ASKED.fullmatch(asked.strip())):
        return None
    named = find_series(asked) or loose_series(asked)
    anchor = _anchor(lookup, anchor_text, named)
    if anchor is None or anything and (lookup.best(anchor_text, ("event",), min_coverage=NAMED_OUTRIGHT) is not anchor
                                       or not set(anchor_text.split()) - _NOT_NAMING):
        return None  # "what came after rutte", "what happened before 2016": no event named, not this question
    series = None if anything else named or (anchor.series if "one" in asked.split() or not _kind(asked) else None)
    kind = None if anything else _kind(asked) or anchor.kind
    before = match["side"] in _BEFORE
    start = anchor.when.start.first_day()
    year = year or _year_asked(asked, start.year, before)  # "the pledge conference of 2017, the year after warsaw": 2017 or none
    near = [e for e in lookup.events_by_date if e is not anchor and (e.when.start.first_day() < start) == before
            and kind in (None, e.kind) and (series is None or series_key(e.series or "") == series_key(series))]
    noun = series or kind or "event"
    if not near:  # a year asked is said: "the conference 2026, after tirana" has none in 2026
        return Reply("not_found", terse_messages.none_next_to(f"{noun} in {year}" if year else noun, "before" if before else "after", anchor.name),
                     suggestions=(f"event {anchor.name}", "events"))
    event = near[-1] if before else near[0]
    if year and str(event.when.start.year) != year:  # the next one was another year: none "later in 2024"
        return Reply("not_found", terse_messages.none_next_to(f"{noun} in {year}", "before" if before else "after", anchor.name),
                     suggestions=(f"event {event.name}", f"event {anchor.name}", f"events {year}"))  # the next one held: a suggestion
    reply = event_reply(lookup, event, focus_of(question))
    title = terse_messages.next_to(noun, "before" if before else "after", anchor.name, reply.title)
    return replace(reply, title=title)


def _anchor(lookup: Lookup, text: str, series: str | None):
    """The event ``text`` names; of the series asked about when two fit ("the pledge conference after london": 2019)."""
    if series is not None:
        hits = lookup.hits(text, ("event",), limit=5)
        for hit in hits:  # an event named in full is that one ("... before NATO Cyber Defence Conference 2025", a follow-up's)
            if normalize((event := lookup.item(hit.ref)).name) == normalize(text) or series_key(event.series or "") == series_key(series):
                return event
    return find_event(lookup, text)


_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
_THE_YEAR = lazy_pattern(r"\b(?:the|a) year $")


def _year_asked(asked: str, anchor_year: int, before: bool) -> str | None:
    """The year the edition asked for must be in: one named ("of 2017"), or the year next to the anchor's
    ("the pledge conference the year after warsaw": 2017); None when none is asked."""
    if (named := _YEAR.search(asked)) is not None:
        return named[0]
    return str(anchor_year + (-1 if before else 1)) if _THE_YEAR.search(asked) else None


def _kind(text: str) -> str | None:
    return next((KIND_WORDS[w] for w in text.split() if w in KIND_WORDS and KIND_WORDS[w] in ("conference", "summit", "exercise", "meeting")), None)
