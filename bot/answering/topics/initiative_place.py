"""Where an initiative is based, asked as a yes-or-no or an either-or: "is the NICC in Belgium or the Netherlands?".

Initiatives carry no place of their own; their text says where they are ("based at SHAPE in Mons, Belgium").
The sentence saying so answers, led by the place it names ("In Belgium:"), "No:" or "Neither:"; an initiative
whose text says nowhere is left to the other routes.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Initiative
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences
from ..places import places_in
from ..search import normalize
from .initiatives import initiative_reply

_ASKED = lazy_pattern(r"^(?:is|was|are) (?:the )?(?P<thing>.+?) (?:based |located |headquartered |housed |sited )?(?:in|at) (?:the )?(?P<first>[a-z ]+?)"
                      r"(?: or (?:in |at )?(?:the )?(?P<second>[a-z ]+?))?$")
#: A sentence of an initiative's text saying where it is: "based at SHAPE in Mons, Belgium".
BASED = lazy_pattern(r"\b(?:based|located|headquartered|housed|sited|hosted at|seat|sits)\b")
_SET_UP = lazy_pattern(r"\b(?:established|set up|created|founded|opened|built|launched)\b")
_NAMED = 0.75  # share of the thing's words an initiative's name or alias must hold


def answer_initiative_place(lookup: Lookup, question: str) -> Reply | None:
    """The reply to "is <initiative> in <place> [or <place>]" (``question`` normalised), or None when it is no such question."""
    match = _ASKED.match(question) if " in " in question or " at " in question else None
    if match is None:
        return None
    thing = lookup.best(match["thing"], ("initiative",), min_coverage=_NAMED)
    if not isinstance(thing, Initiative):
        return None
    based = based_sentence(thing)
    asked = [p for words in (match["first"], match["second"]) if words for _, p in places_in(normalize(words))]
    if based is None or not asked:
        return None
    there = [p for p in asked if f" {normalize(p.name)} " in f" {normalize(based)} "]
    if len(asked) > 1:
        lead = f"In {there[0].name}" if there else "Neither"
    else:
        lead = "Yes" if there else "No"
    return replace(initiative_reply(lookup, thing), title=f"{lead}: {based}")


def based_sentence(initiative: Initiative) -> str | None:
    """The sentence of ``initiative``'s text saying where it is based, or None."""
    return next((s for s in sentences(initiative.summary or "") if BASED.search(s.lower())), None)


def based_in(initiative: Initiative, places) -> str | None:
    """The sentence of ``initiative``'s text saying it is based in one of ``places``, or None."""
    based = based_sentence(initiative)
    return based if based and any(f" {normalize(p.name)} " in f" {normalize(based)} " for p in places) else None


#: "where is cyber coalition run from", "where is the nicc based": where an initiative is, asked outright.
#: Its seat asked ("where will be its seat", "where is the headquarters of the nicc"): where it is based.
_WHERE = lazy_pattern(r"^where (?:exactly |precisely )?(?:is|was|are|were|does|do|will|would)(?: be)? (?:the )?(?P<thing>.+?)"
                      r" (?:run|held|based|located|headquartered|housed|sited|staged|hosted|conducted|organi[sz]ed|take place|run from|held from"
                      r"|(?:seat|headquarters|hq|home|base|location)$)\b"
                      r"|^where (?:exactly |precisely )?(?:is|was|will|would)(?: be)? (?:the )?(?:seat|headquarters|hq|home|base|location) of (?:the )?(?P<of>.+?)(?: be)?$"
                      r"|^where (?:exactly |precisely )?(?:is|are) (?:the )?(?P<bare>\S+(?: \S+){0,5}?)(?: exactly| now| today)?$")  # "dónde está the nicc?"
#: A sentence of an initiative's text saying where it is or runs: "based at SHAPE", "run from the NATO Cyber Range in Tartu".
_SAYS_WHERE = lazy_pattern(r"\b(?:based|located|headquartered|housed|sited|stationed|hosted at|run from|runs from|held in|held at|took place in|takes place in|worked at|works at)\b")


_AN_EDITION = lazy_pattern(r"\b(?:(?:19|20)\d\d|first|1st|second|last|latest|edition|ninth|tenth)\b")  # one edition: not the whole initiative


def answer_initiative_where(lookup: Lookup, question: str) -> Reply | None:
    """"where is cyber coalition run from" (``question`` normalised): the sentences of the initiative's text saying
    where it runs; None when it is no such question or its text says nowhere."""
    match = _WHERE.match(question) if question.startswith("where ") else None
    if match is None or _AN_EDITION.search(question) or not isinstance(thing := lookup.best(match["thing"] or match["of"] or match["bare"], ("initiative",), min_coverage=_NAMED), Initiative):
        return None
    said = [s for s in sentences(thing.summary or "") if _SAYS_WHERE.search(s.lower())]
    return replace(initiative_reply(lookup, thing), title=f"{thing.name}: {' '.join(said)}") if said else None


def place_claim(lookup: Lookup, initiative: Initiative, predicate: str) -> Reply | None:
    """"the nicc is based in brussels": the sentence of its text saying where it is, led by "Yes" or "No"; None when the
    claim names no place or its text says nowhere (a place is never read as an event held there)."""
    based = based_sentence(initiative)
    asked = [p for _, p in places_in(predicate)]
    if based is None or not asked or not (BASED.search(predicate) or _SET_UP.search(predicate) and not _held_at(lookup, initiative, asked)):
        return None  # "set up in washington": the summit that decided it, an event claim; "set up in brussels": where it is
    there = all(f" {normalize(p.name)} " in f" {normalize(based)} " for p in asked)
    return replace(initiative_reply(lookup, initiative), title=f"{'Yes' if there else 'No'}: {based}")


def _held_at(lookup: Lookup, initiative: Initiative, places) -> bool:
    """Whether one of the initiative's events was held at one of ``places`` (then a claim about it is one about that event)."""
    events = [lookup.knowledge.events[e] for e in initiative.events if e in lookup.knowledge.events]
    return any(normalize(p.name) in (normalize(e.city or ""), normalize(e.country or "")) for e in events for p in places)
