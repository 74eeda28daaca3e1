"""A role claimed to have ended, or begun, in a year: checked against the dates of the person's role.

    "stoltenberg was secretary general until 2025"  -> "No: Jens Stoltenberg was NATO Secretary General until
                                                        1 October 2024; then Mark Rutte, from 1 October 2024"
    "stoltenberg was secretary general until 2024"  -> "Yes: Jens Stoltenberg was ... until 1 October 2024; ..."
    "rutte is secretary general since 2023"          -> "No: Mark Rutte is ... since 1 October 2024; before: Jens Stoltenberg, ..."

A year put after "until" or "since" dates the end or the start of the role, not a day inside it: "was X in 2025" is
``claim_people.role_claim``'s. The one who held the role just before or after is named too. Pure.
"""

from __future__ import annotations

from ...knowledge.model import Person, Role
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import item_refs
from .claim_people import Findings
from .people import person_reply

_BOUND = lazy_pattern(r"\b(?P<side>until|till|til|up to|up until|through|since) (?:the end of |the start of |early |late |mid )?(?P<year>(?:19|20)\d\d)\b")
_CUES = ("until", "till", "til", "up to", "through", "since", "over", "became", "become", "office", "appointed", "started", "start", "began", "begin")
#: A role's start put as a taking over in a month or year: "took over as sg in january 2025", "became sg in 2025",
#: "only took office in 2025", "was appointed in october 2024": the day the role began, its month too if one is named.
_TOOK_OVER = lazy_pattern(r"\b(?:took over|take over|taken over|became|become|took office|take office|taken office|was appointed|were appointed|been appointed"
                          r"|started|start|began|begin|stepped in|step in)\b.*?\b(?:in|from|on) (?:the end of |the start of |early |late |mid )?"
                          r"(?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|december) )?(?P<year>(?:19|20)\d\d)\b")
_MONTHS = "january february march april may june july august september october november december".split()


def tenure_claim(lookup: Lookup, person: Person, role: str | None, predicate: str, negated: bool) -> Reply | None:
    """The reply to "<person> was <role> until/since <year>", or None when the claim puts no such bound on a role they held."""
    if role is None or not any(cue in predicate for cue in _CUES):
        return None
    if (bound := (until := _BOUND.search(predicate)) or _TOOK_OVER.search(predicate)) is None:
        return None
    held = _role_held(lookup, person, role)
    if held is None or held.start is None:
        return None
    ending = until is not None and until["side"] != "since"
    date = held.end if ending else held.start
    if ending and date is None:
        fact, holds = f"{person.name} is {held.title} since {held.start}, still today", False
    else:
        fact, holds = f"{person.name} {'was' if held.end else 'is'} {held.title} {'until' if ending else 'since'} {date}", date.year == int(bound["year"])
        month = bound.groupdict().get("month")
        holds = holds and (not month or date.month == _MONTHS.index(month) + 1)  # "took over in january 2025": 1 october 2024, no
    other = _neighbour(lookup, held, role, after=ending)
    if other is not None:
        fact += f"; then {other[0].name}, from {other[1].start}" if ending else f"; before: {other[0].name}, until {other[1].end}"
    found = Findings()
    found.add(holds, fact)
    found.named = item_refs([other[0]]) if other is not None else ()
    return found.lead(person_reply(lookup, person), negated)


def _role_held(lookup: Lookup, person: Person, role: str) -> Role | None:
    return next((p.roles[n] for p, n in lookup.role_holders(role) if p is person), None)


def _neighbour(lookup: Lookup, held: Role, role: str, *, after: bool) -> tuple[Person, Role] | None:
    """Who held ``role`` from the day ``held`` ended (``after``), or until the day it began."""
    day = held.end if after else held.start
    if day is None:
        return None
    return next(((p, p.roles[n]) for p, n in lookup.role_holders(role)
                 if (p.roles[n].start if after else p.roles[n].end) == day), None)
