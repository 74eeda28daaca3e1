"""Whether partner countries (not Allies) took part in a gathering, however asked: the gathering's own sentence on them.

    "hague 2024, allies only or were partner countries let in?" -> "... for the first time partner countries joined some sessions"
    "was rome open to non-members?"                             -> the knowledge does not record whether partners took part
    "did brazil take part in tirana as a partner?"              -> the knowledge does not record whether Brazil took part

Tried only when a word of partners or of "allies only" is in the question; the gathering must be named (``event_named``);
which partners, or how many, are other routes' asks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import messages
from ..lookup import Lookup
from ..phrasing import sentences
from ..places import as_said, places_in
from .events import event_reply
from .general import not_found
from .named_event import event_named
from ..normalizing import word_set

_CUES = frozenset("partner partners allies members nato".split())
_ASKS_PARTNERS = lazy_pattern(r"\bpartners?(?: (?:countries|nations|states|countries s))?\b(?! (?:of|for|in) )|\bnon (?:nato|members?|allies|allied)\b"
                              r"|\b(?:allies|members|nato members|allied countries) only\b|\bonly (?:allies|members|nato members|allied countries)\b")
_TALK = lazy_pattern(r"\b(?:partners?|countries|nations|states|non|nato members|members|allies|allied|only|were|was|did|let in|allowed|invited|included?|include|attend|attended"
                     r"|present|there|take part|took part|join|joined|open to|or|any|at|in|the)\b")
_OTHER_PARTNERS = frozenset("say said says talk talked mention mentioned quote quotes industry private sector business businesses public".split())
#: "which partner countries were at the hague? full list": the countries named, never recorded (``unrecorded_details``).
_LISTED = lazy_pattern(r"^(?:which|what|how many)\b|\b(?:list|names?|named)\b")
_SAID = lazy_pattern(r"\bpartners?\b")


def answer_partners(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The named gathering's sentence on partner countries, or that it records none; None for other questions."""
    words = word_set(question)
    if _CUES.isdisjoint(words) or not _OTHER_PARTNERS.isdisjoint(words) or _ASKS_PARTNERS.search(question) is None or _LISTED.search(question):
        return None  # "did rutte talk about industry partners": words said, or partners that are no countries
    rest = " ".join(_TALK.sub(" ", question).split())
    if not rest or (event := event_named(lookup, rest, today)) is None:
        return None
    said = [s for text in (event.summary, event.notes) if text for s in sentences(" ".join(text.split())) if _SAID.search(s)]
    named = [place.name for _, place in places_in(question) if not place.is_city and place.name != event.country]
    if named and not any(name in " ".join(said) for name in named):  # "did brazil take part in tirana as a partner": Brazil
        return not_found(messages.not_recorded(f"whether {' or '.join(as_said(name) for name in named)} took part in", event.name),
                         " ".join(said[:2]) or messages.ONLY_WHAT_SOURCES_REPORT, (f"event {event.name}",))
    if not said:
        return not_found(messages.not_recorded("whether partner countries took part in", event.name), messages.ONLY_WHAT_SOURCES_REPORT,
                         (f"event {event.name}",))
    return replace(event_reply(lookup, event), title=f"{event.name}: {' '.join(said[:2])}")
