"""Who opened an event, and what a speech there was called: from the sentences of the event's (or speaker's) own text.

    "who gave the actual opening speech in den haag"          -> the note: AKSK says Ernest Noorman gave the opening speech
    "who gave the opening keynotes at the rome conference"    -> Cirielli and White House officials (a secondary source)
    "who opened the berlin conference"                        -> Stoltenberg and Baerbock
    "which minister opened the berlin conference with him"    -> the same, Baerbock (the minister) named first
    "what was ollongren's speech at the hague called"         -> “From Words to Action: A New Phase in Cyber Resilience”

The knowledge has no field for either: the sentence that says it is the answer, as written, with its hedges.
Each step checks a word of the question first, so most questions pay for a set intersection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from .. import events_said
from ..lookup import Lookup
from ..phrasing import join_words
from ..normalizing import normalize, word_set
from .article_checks import noted_person_first
from .events import event_reply
from .named_event import event_named
from ...patterns import lazy_pattern

_OPENING_WORDS = frozenset("opened opening open opener opens kicked".split())
_ASKS_WHO = frozenset("who whom which".split())
_SENTENCE = lazy_pattern(r"(?<=[.!?])\s+(?=[A-Z])")
_OPENED = lazy_pattern(r"\b(?:opened|opening (?:speech|keynotes?|remarks|address|session)|kicked off)\b")
_TITLE_WORDS = frozenset("called titled entitled title name named".split())
_SPEECH_WORDS = frozenset("speech address remarks talk keynote op ed article piece".split())
_TITLED = lazy_pattern(r"\b(?:titled|entitled|called)\s+[\"“](?P<title>[^\"”]+)[\"”]")


def answer_opening(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"who opened the X", "who gave the opening speech at X": the sentences of X's text that say so; None for other questions."""
    words = word_set(question)
    if not words & _OPENING_WORDS or not words & _ASKS_WHO or (event := event_named(lookup, question, today)) is None:
        return None
    said = [s for text in (event.summary, event.notes) if text for s in _SENTENCE.split(" ".join(text.split())) if _OPENED.search(s)]
    reply = event_reply(lookup, event, "speakers")
    if not said:
        people = lookup.knowledge.people
        return replace(reply, title=events_said.opening_not_recorded(event.name, join_words(people[p].name for p in event.speakers if p in people)))
    reply = replace(reply, title=events_said.who_opened(event.name, " ".join(map(_opening_part, said))))
    if (which := _WHICH_ROLE.search(question)) and (holder := _opener_titled(lookup, event, " ".join(said), which["role"])):
        return noted_person_first(lookup, reply, holder.name, "who", but="", at=1)  # "which minister opened it with him": the minister
    if (beside := _BESIDE.search(question)) and (other := _other_opener(lookup, event, " ".join(said), beside["who"])):
        return noted_person_first(lookup, reply, other.name, "who", but="")  # "who opened it with stoltenberg": baerbock, first
    return noted_person_first(lookup, reply, " ".join(said), question, but="", at=1)  # the event, then who opened it


#: "which minister opened it", "together with which official": the opener asked for by the role they held.
_WHICH_ROLE = lazy_pattern(r"\bwhich (?P<role>minister|official|leader|politician|diplomat|commander)s?\b")


def _opener_titled(lookup: Lookup, event, said: str, role: str):
    """The person ``said`` names as opening ``event`` whose role then holds the word ``role``; None if none does."""
    spaced, day = f" {normalize(said)} ", event.when.start.first_day()
    return next((p for p in map(lookup.knowledge.people.get, (*event.speakers, *event.participants)) if p is not None
                 and f" {normalize(p.name)} " in spaced and any(role in r.title.lower() and r.held_on(day) for r in p.roles)), None)


#: "who opened it together with stoltenberg": the opener asked for is the other one.
_BESIDE = lazy_pattern(r"\b(?:besides|beside|with|alongside|along|next to|as well as) (?P<who>[a-z]+(?: [a-z]+)?)$")


def _other_opener(lookup: Lookup, event, said: str, beside: str):
    """The one person ``said`` names as opening ``event`` whose name shares no word with ``beside``; None unless one."""
    spaced, named = f" {normalize(said)} ", set(beside.split())
    others = [p for p in map(lookup.knowledge.people.get, (*event.speakers, *event.participants)) if p is not None
              and f" {normalize(p.name)} " in spaced and named.isdisjoint(normalize(p.name).split())]
    return others[0] if len(others) == 1 else None


_LONG = 160  # characters: a longer sentence is cut to its clauses about the opening
_CLAUSE = lazy_pattern(r",\s+|;\s+")


def _opening_part(sentence: str) -> str:
    """"The article gives no date, ..., calls X's words "opening remarks" although AKSK says Y gave the opening speech, and
    leaves out Z." -> the clause about the opening, as written."""
    if len(sentence) <= _LONG:
        return sentence
    clauses = [c for c in _CLAUSE.split(sentence) if "open" in c]
    return "… " + "; ".join(clauses) + " …" if clauses else sentence


def answer_speech_title(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"what was ollongren's speech at the hague called": the title a speaker's (or event's) text gives; None otherwise."""
    words = word_set(question)
    if not words & _TITLE_WORDS or not words & _SPEECH_WORDS:
        return None
    named = lookup.named(question, on=today)
    for person in named.people[:1]:
        if (titled := _TITLED.search(" ".join((person.summary or "").split()))) is None:
            return None
        events = [e for e in lookup.events_with(person) if e.kind != "publication"]
        event = event_named(lookup, question, today) or (events[0] if len(events) == 1 else None)
        if event is None:
            return None
        reply = event_reply(lookup, event, "speakers")
        return replace(reply, title=events_said.speech_titled(person.name, titled["title"], event.name),
                       items=(*(i for i in reply.items if i.id == person.id), *(i for i in reply.items if i.id != person.id)))
    return None
