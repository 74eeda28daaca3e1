"""One person checked at several gatherings they name, or several people at one: "both", "which … not".

    "was geoana at both the 2021 tallinn and the 2024 hague pledge conferences?"
        -> Yes: Mircea Geoană spoke at both Cyber Defence Pledge Conference 2021 (…) and … 2024 (…)
    "was stoltenberg both the author of the 2016 op-ed and the speaker in rome 2022?"  -> Yes: wrote the one, spoke at the other
    "did kallas speak at both tallinn and the hague?"  -> No, not both: spoke at Tallinn 2021; not among the speakers recorded at The Hague
    "of rome, berlin, the hague and tirana, which did stoltenberg not speak at?"  -> The Hague 2024 and Tirana 2025; he spoke at …
    "which of paris, london and rome did stoltenberg attend?"   -> those he spoke at, and those he did not
    "did both rutte and stoltenberg speak at berlin?"           -> No, not both: Stoltenberg spoke there; Rutte is not among its speakers

Each gathering is held to the place, year and series its own words name (``held_event``); one the knowledge does not
have is the honest miss, and a place that names two ("london") leaves the question to the other steps. A gathering whose
speakers are not recorded is said so, never counted as absent. A question with neither "both" nor "which" and a word of
"not" costs a set test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Person
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..mentions import find_mentions
from ..phrasing import event_label, item_refs, join_words
from ..search import normalize
from .events import event_reply
from .both_events import answer_both as answer_both_events
from .held_event import held_event
from .people import person_reply

_NOT = frozenset("not never didnt didn wasnt wasn nor".split())
_DAYS = frozenset("day days morning afternoon".split())  # "on both days in rome": the days of one gathering, ``spoke_days``' own
_NAMES_ONLY = dt.date(1900, 1, 1)  # people by name: no role phrase resolves on this day
#: The gatherings a question lists: "at both A and B", "of A, B and C, which …", "which of A and B did …", "which … at: A, B or C".
_LISTED = (lazy_pattern(r"\bboth\s+(?:of\s+)?(?P<list>.+?)\s*[?!.]*$"),
           lazy_pattern(r"^(?:(?:so|and|ok)\s+)?(?:of|among|out of|between)\s+(?P<list>.+?)\s*,?\s*which\b"),
           lazy_pattern(r"^(?P<list>[^?]+?)\s*[-–—:,?]+\s*(?:was|were|did|has|had)\b[^?]*\bboth\s*[?!.]*$"),  # "a and b - was x at both?"
           lazy_pattern(r"^(?P<list>[^?]+?)\s*[-–—:,?]+\s*which (?:of (?:them|those|these) |one |ones )?(?:did|was|were|has|had)\b"),  # "a, b, c: which …"
           lazy_pattern(r"\bwhich of (?P<list>.+?)\s+(?:did|was|were|has|had|does)\b"),
           lazy_pattern(r"\bwhich (?:one |ones )?(?:did|was|were|has|had)\b[^:?]*?(?:[:,]|\s[-–—]\s)\s*(?P<list>.+?)\s*[?!.]*$"))
_PARTS = lazy_pattern(r"\s*(?:[,;/&]|\band\b|\bor\b|\bnor\b)\s*")
#: What a part says its person was there, before the gathering: "the author of the 2016 op-ed", "the speaker in rome 2022".
_ROLE_LEAD = lazy_pattern(r"^(?:the |a |an )?(?:keynote )?(?:author|writer|speaker|keynote|host|guest)\s+(?:of|in|at|for)\s+")
#: The one gathering several people are asked about: what follows the last "at", "in", "attend".
_ONE_EVENT = lazy_pattern(r"\b(?:at|in|attend|attended|address|addressed)\s+(?P<event>(?:(?!\b(?:at|in)\s).)+?)\s*[?!.]*$")
_MOST_PARTS = 6


def answer_both(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """Who was at both of two gatherings (``both_events``), else the checks of this module; None for other questions."""
    return answer_both_events(lookup, question, today) or answer_presence_across(lookup, text, question, today)


def answer_presence_across(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """Whether the person ``text`` (as typed) names was at each gathering it lists, or which people were at the one; else None."""
    words = set(question.split()) | set(normalize(text).split())  # "which of rome, berlin and tirana …" is read as "which of rome"
    negated = not _NOT.isdisjoint(words)
    if not _DAYS.isdisjoint(words):
        return None
    if "both" not in words and not ("which" in words and negated or "which" in words and "of" in words):
        return None
    people = lookup.named(question, on=_NAMES_ONLY).people or lookup.named(normalize(text), on=_NAMES_ONLY).people
    lowered = text.lower().replace("’", "'")
    if len(people) == 1:
        return _one_at_several(lookup, people[0], lowered, today, negated=negated and "both" not in words)
    if len(people) >= 2 and "both" in words and not negated:
        return _several_at_one(lookup, people, lowered, today)
    return None


def _one_at_several(lookup: Lookup, person: Person, lowered: str, today: dt.date, *, negated: bool) -> Reply | None:
    """``person`` at each gathering the question lists: the events, each with whether they took part."""
    events = _listed_events(lookup, lowered, today)
    if not isinstance(events, list):
        return events
    parts = {e.id: took_part(lookup, person, e) for e in events}
    there = [e for e in events if parts[e.id]]
    away = [e for e in events if parts[e.id] is False]
    unknown = [e for e in events if parts[e.id] is None]
    lines = [Block(_line(person, e, parts[e.id])) for e in events]
    if negated:  # "which did he not speak at": those first
        title = _which_not(person, away, there, unknown)
        items = [*away, *unknown, person, *there]
    else:
        title = _each(person, events, parts, yes_no="both" in lowered.split() or not lowered.startswith("which"))
        items = [person, *events]
    card = person_reply(lookup, person)
    kept = item_refs(items)
    return replace(card, title=title, kind="answer", blocks=(*lines, *card.blocks),
                   items=kept + tuple(i for i in card.items if i not in kept))


def _listed_events(lookup: Lookup, lowered: str, today: dt.date) -> list[Event] | Reply | None:
    """The distinct gatherings the question lists, each as its words name it; the honest miss for one not held."""
    for pattern in _LISTED:
        if (match := pattern.search(lowered)) is None:
            continue
        said = [p for p in _PARTS.split(match["list"]) if p.strip()]
        if not 2 <= len(said) <= _MOST_PARTS:
            continue
        events: list[Event] = []
        misses: list[Reply] = []
        for part in said:
            part = normalize(_ROLE_LEAD.sub("", part.strip()))
            held = held_event(lookup, part, find_mentions(lookup, part, today)) if part else None
            if isinstance(held, Reply):
                misses.append(held)
            elif held is None or held in events:
                break
            else:
                events.append(held)
        else:
            return misses[0] if misses else events  # "both tallinn and oslo": no conference in Oslo
    return None


def took_part(lookup: Lookup, person: Person, event: Event) -> bool | None:
    """Whether ``person`` spoke at, wrote, took part in or is quoted at ``event``; None when nobody there is recorded."""
    if person.id in (*event.speakers, *event.participants) or any(q.event == event.id for q in lookup.quotes_of(person)):
        return True
    return False if event.speakers or event.participants else None


def _verb(event: Event, person: Person) -> str:
    if event.kind == "publication":
        return "wrote"
    return "spoke at" if person.id in event.speakers or not event.participants else "took part in"


def _line(person: Person, event: Event, part: bool | None) -> str:
    """One gathering's line: "Jens Stoltenberg spoke at X (Rome, 9–10 November 2022)", "… is not among the speakers …"."""
    if part:
        return f"{person.name} {_verb(event, person)} {event_label(event)}"
    if part is None:
        return f"The knowledge records nobody who spoke at {event_label(event)}"
    return f"{person.name} is not among the speakers recorded at {event_label(event)}"


def _each(person: Person, events: list[Event], parts: dict, *, yes_no: bool) -> str:
    """"Yes: X spoke at A and B" / "No, not both: X spoke at A; X is not among the speakers recorded at B"; without the
    "Yes" or "No" unless ``yes_no`` (a question of which: "which of A, B and C did X attend")."""
    if not yes_no:
        return "; ".join(_line(person, e, parts[e.id]) for e in events)
    there = [e for e in events if parts[e.id]]
    away = [e for e in events if not parts[e.id]]
    said = "; ".join(_line(person, e, parts[e.id]) for e in events)
    if not away:
        verbs = {_verb(e, person) for e in events}
        if len(verbs) == 1:
            return f"Yes: {person.name} {verbs.pop()} {'both' if len(events) == 2 else 'all of'} {join_words(event_label(e) for e in events)}"
        return f"Yes: {said}"
    lead = ("No" if not there else "No, not both" if len(events) == 2 else "No, not all") if all(parts[e.id] is not None for e in away) else "Only partly known"
    return f"{lead}: {said}"


def _which_not(person: Person, away: list[Event], there: list[Event], unknown: list[Event]) -> str:
    """"Jens Stoltenberg is not among the speakers recorded at A and B; he spoke at C and D"."""
    said = [f"{person.name} is not among the speakers recorded at {join_words(event_label(e) for e in away)}" if away else
            f"{person.name} took part in every one of them"]
    if there:
        verbs: dict[str, list[str]] = {}
        for event in there:
            verbs.setdefault(_verb(event, person), []).append(event_label(event))
        said.append(f"{person.name} {join_words(f'{verb} {join_words(labels)}' for verb, labels in verbs.items())}")
    if unknown:
        said.append(f"the knowledge records nobody who spoke at {join_words(event_label(e) for e in unknown)}")
    return "; ".join(said)


def _several_at_one(lookup: Lookup, people: list[Person], lowered: str, today: dt.date) -> Reply | None:
    """Whether each of ``people`` took part in the one gathering the question names: "did both rutte and stoltenberg speak at berlin"."""
    if (match := _ONE_EVENT.search(lowered)) is None:
        return None
    said = normalize(match["event"])
    event = held_event(lookup, said, find_mentions(lookup, said, today))
    if not isinstance(event, Event):
        return event
    parts = {p.id: took_part(lookup, p, event) for p in people}
    if any(part is None for part in parts.values()):
        return None  # nobody recorded there: the other steps say so
    lines = [_line(p, event, parts[p.id]) for p in people]
    there = [p for p in people if parts[p.id]]
    lead = "Yes" if len(there) == len(people) else "No" if not there else "No, not both" if len(people) == 2 else "No, not all"
    reply = event_reply(lookup, event, "speakers")
    kept = item_refs([event, *people])
    return replace(reply, title=f"{lead}: {'; '.join(lines)}", kind="answer",
                   items=kept + tuple(i for i in reply.items if i not in kept))
