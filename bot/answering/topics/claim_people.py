"""A person's part in an event, as a claim names it: by video or in person, in which role, who opened it.

The findings of a claim check (``Findings``) and the facts about people that
``claim_checks`` weighs them by, from the event's own text and its speakers'
roles. Each finding is a sentence of fact; ``Findings.lead`` puts "No:",
"Only partly:" or "Yes:" in front of the entry's reply.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Person
from ...reply import ItemRef, Reply
from .. import check_messages
from ..day_spoken import BY_VIDEO as RECORDED_REMOTE, IN_PERSON as RECORDED_IN_PERSON, day_spoken, said_of  # as texts put it
from ..lookup import Lookup
from ..phrasing import join_words, role_on, shorten, when_text, sentences
from ..search import normalize
from .people import person_reply
from ...patterns import lazy_pattern
from ..presence_words import IN_PERSON, REMOTE

_CLAUSE_BREAK = lazy_pattern(r",\s+|;\s+|\s+(?:although|though|but|while|whereas)\s+")
_WEEKDAY = lazy_pattern(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")  # a day claimed: "on friday 10 oct"
_OPENING = lazy_pattern(r"\b(?:opened|opening|opens|keynote|first speaker)\b")
_HOSTING = lazy_pattern(r"\b(?:hosted|co hosted|hosts|host|organi[sz]ed|co organi[sz]ed|organi[sz]ers?)\b")


class Findings:
    """What the knowledge holds of each fact a claim names: against it, only partly for it, or for it."""

    def __init__(self) -> None:
        self.wrong: list[str] = []
        self.partly: list[str] = []
        self.right: list[str] = []
        self.unsettled: list[str] = []  # facts that neither hold nor fail the claim: "I have no numbering of summits"
        self.named: tuple[ItemRef, ...] = ()  # entries a fact names besides the claim's own: "pledge conferences had been held"

    def add(self, holds: bool, fact: str) -> None:
        (self.right if holds else self.wrong).append(fact)

    def lead(self, reply: Reply, negated: bool) -> Reply:
        """The entry's reply led by the findings: "No: ..." where the knowledge contradicts the claim, then "Only
        partly: ...", then "I cannot say: ...", then "Yes: ..."; a negated claim ("rutte did not go") gets the facts alone."""
        for facts, opening in ((self.wrong, check_messages.claim_wrong), (self.partly, check_messages.claim_partly),
                               (self.unsettled, check_messages.claim_unsettled), (self.right, check_messages.claim_yes)):
            if facts:
                said = "; ".join(f for f in dict.fromkeys(facts) if not any(o != f and o.startswith(f) for o in facts))  # a fact another says more of: once
                named = tuple(ref for ref in dict.fromkeys(self.named) if ref not in reply.items)
                return replace(reply, title=said if negated else opening(said), kind="answer", items=(*reply.items, *named))
        return reply


def part_in(lookup: Lookup, person: Person, event: Event, predicate: str, role: str | None, found: Findings) -> str:
    """The findings on a speaker's part in an event: the role claimed, by video or in person, who opened it; the plain fact."""
    day = event.when.start.first_day()
    if role is not None:
        actual = role_on(person, day) or (person.roles[-1].title if person.roles else None)
        holder = next(((p, p.roles[n].title) for p, n in lookup.role_holders(role) if p.roles[n].held_on(day)), None)
        if actual:
            then = f"; {holder[1]} then was {holder[0].name}" if holder and holder[0] is not person else ""
            found.add(holds_role(lookup, person, role, day), f"{person.name} spoke at {event.name} as {actual}{then}")
    remote, present = said_of(lookup, person, event, RECORDED_REMOTE), said_of(lookup, person, event, RECORDED_IN_PERSON)
    if IN_PERSON.search(predicate) and (remote or present):
        found.add(present, f"{person.name} addressed {event.name} " + ("in person" if present else "by video, not in person"))
    elif REMOTE.search(predicate) and (remote or present):
        found.add(remote, f"{person.name} addressed {event.name} " + ("by video" if remote else "in person, not by video"))
    if (weekday := _WEEKDAY.search(predicate)) and (spoken := day_spoken(lookup, person, event) or _one_day(event)) is not None:
        found.add(f"{spoken:%A}".lower() == weekday[0], f"{person.name} spoke on {spoken:%A} {spoken.day} {spoken:%B %Y}")  # "on friday 10 oct"
    spoke = f"{person.name} spoke at {event.name} ({when_text(event.when)})" + (" by video" if remote else "")
    if (IN_PERSON.search(predicate) or REMOTE.search(predicate)) and not (remote or present):
        return spoke + "; the knowledge does not say whether in person or by video"  # the facts, no yes
    if _HOSTING.search(predicate):  # "baerbock hosted the berlin conference": the hosts the knowledge names
        hosts = join_words(event.hosts) or "no one the knowledge names"
        named = normalize(person.name).split()[-1] in normalize(hosts).split()
        (found.right if named else found.partly).append(f"{event.name} was hosted by {hosts}" + ("" if named else f"; {spoke}"))
    elif _OPENING.search(predicate) and not (found.wrong or found.right):  # "she gave the opening remarks": what the knowledge says of the opening
        _opening_claim(lookup, person, event, spoke, found)
    elif not (found.wrong or found.right):
        found.add(True, spoke)
    return spoke


def role_claim(lookup: Lookup, person: Person, role: str | None, year: int | None, negated: bool) -> Reply:
    """"geoana was secretary general", "rutte was secretary general in 2023": the person, and the roles they held."""
    reply = person_reply(lookup, person)
    if role is None or not person.roles:
        return reply
    day = dt.date(year, 7, 1) if year else None
    held = [r for r in person.roles if day is None or r.start is None or r.held_on(day)] or list(person.roles)
    found = Findings()
    found.add(holds_role(lookup, person, role, day), f"{person.name} was {' and '.join(r.title for r in held)}" + (f" in {year}" if year else ""))
    return found.lead(reply, negated)


def title_claim(lookup: Lookup, person: Person, role: str, event: Event, negated: bool) -> Reply | None:
    """"dutch prime minister mark rutte addressed the 2025 conference": where the title put before the name was not the
    person's at the event, the person first, led by the title they held then; None where it was."""
    day = event.when.start.first_day()
    actual = role_on(person, day)
    if actual is None or holds_role(lookup, person, role, day):
        return None
    found = Findings()
    claimed = next((f"{r.title} ({r.start or '?'}–{r.end or 'now'})" if r.start or r.end else r.title
                    for p, n in lookup.role_holders(role) if p is person for r in (p.roles[n],)),
                   next((p.roles[n].title for p, n in lookup.role_holders(role)), role))
    found.add(False, f"at {event.name} ({when_text(event.when)}) {person.name} was {actual}, not {claimed}")
    return found.lead(person_reply(lookup, person), negated)


def holds_role(lookup: Lookup, person: Person, role: str, day: dt.date | None) -> bool:
    """Whether ``person`` held the role called ``role`` ("secretary general", "romania s foreign minister") on ``day`` (ever, if None)."""
    return any(p is person and (day is None or p.roles[n].start is None or p.roles[n].held_on(day)) for p, n in lookup.role_holders(role))


def _opening_claim(lookup: Lookup, person: Person, event: Event, spoke: str, found: Findings) -> None:
    """Who opened the event, by the last clause of its text about the opening that names a speaker: this person
    (yes), another (only partly); where no clause says, the facts alone."""
    people = lookup.knowledge.people
    surnames = {p: normalize(people[p].name).split()[-1] for p in event.speakers if p in people}
    clauses = [c.strip(" .") for sentence in _sentences(event) for c in _CLAUSE_BREAK.split(sentence)
               if _OPENING.search(normalize(c)) and set(surnames.values()) & set(normalize(c).split())]
    if clauses:
        said = set(normalize(clauses[-1]).split())
        fact = f"{spoke}; the knowledge says: “{shorten(clauses[-1], 160)}”"
        (found.right if surnames.get(person.id) in said else found.partly).append(fact)


def _sentences(event: Event) -> list[str]:
    return sentences(f"{event.summary or ''} {event.notes or ''}".strip())




def _one_day(event: Event) -> dt.date | None:
    """The event's day when it lasted one; None for several (which of them is not known)."""
    days = event.when.days()
    return days[0] if len(days) == 1 else None
