"""Two people side by side, and the gatherings both took part in.

    "compare stoltenberg and rutte"                             -> each one's roles, where they spoke, their quotes counted
    "stoltenberg vs rutte"                                      -> the same
    "stoltenberg vs rutte secretary general", "rutte vs stoltenberg nato" -> the same: a role both held, or NATO, after
                                                                   the last name says what they are compared as
    "which conferences did stoltenberg and rutte both attend"   -> "No event in the knowledge has both …", each one's listed

A comparison whose parts are not each exactly one person is left to ``comparisons`` (events, pledges,
initiatives). Pure.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Person
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import event_messages
from ..lookup import Lookup
from ..phrasing import item_refs, join_words, source_refs
from ..search import normalize
from .comparisons import compared_parts
from .people import role_text

#: "which conferences did stoltenberg and rutte both attend", "did stoltenberg and rutte ever attend the same conference".
_BOTH = lazy_pattern(r"^(?:(?:which|what) (?:conferences?|events?|meetings?|summits?|gatherings?) (?:did|have|had|were) (?P<a>.+?) and (?P<b>.+?)"
                     r" (?:both )?(?:attend|attended|speak at|spoken at|spoke at|go to|gone to|appear at|take part in|at)(?: both| together)?"
                     r"|(?:did|have|had|were) (?P<a2>.+?) and (?P<b2>.+?) (?:ever )?(?:both )?(?:attend|speak at|appear at|meet at|meet|at)"
                     r" the same (?:conference|event|meeting|summit|gathering))$")


def answer_people_compared(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The reply comparing two people ``text`` (as typed; ``question`` normalised) names, or None."""
    if both := _BOTH.match(question):
        people = _people(lookup, [both["a"] or both["a2"], both["b"] or both["b2"]], today)
        return _side_by_side(lookup, people, shared_first=True) if people else None
    parts, _ = compared_parts(text)
    people = _people(lookup, parts, today) if len(parts) == 2 else None
    return _side_by_side(lookup, people) if people else None


def _people(lookup: Lookup, parts: list[str], today: dt.date) -> list[Person] | None:
    """One person for each part, named by name or alias (a role alone or other words: not a comparison of people)."""
    people = []
    for part in parts:
        named = lookup.named(part, on=today)
        if len(named.people) != 1 or named.unknown or not _only_as(named.people[0], named.role, named.rest):
            return None
        people.append(named.people[0])
    return people if len({p.id for p in people}) == len(people) else None


def _only_as(person: Person, role: str | None, rest: tuple[str, ...]) -> bool:
    """Whether what a part names besides ``person`` only says what they are compared as: a role they held, NATO, cyber."""
    held = role is None or any(role in normalize(r.title) for r in person.roles)
    return held and _COMPARED_AS.issuperset(rest)


_COMPARED_AS = frozenset("nato cyber defence defense alliance as".split())


def _shared(lookup: Lookup, people: list[Person]) -> tuple[str, list]:
    """The events every one of ``people`` took part in, and the line saying so (or that there is none)."""
    attended = [lookup.events_attended(p) for p in people]
    shared = [e for e in attended[0] if all(e in others for others in attended[1:])]
    names = join_words(p.name for p in people)
    if not shared:
        return f"No event in the knowledge has both {names}", shared
    return f"{names} both took part in {join_words(e.name for e in shared)}", shared


def _side_by_side(lookup: Lookup, people: list[Person], *, shared_first: bool = False) -> Reply:
    """Each person's facts, then what they share; ``shared_first``: the shared events are what was asked, so they lead."""
    shared_line, shared = _shared(lookup, people)
    blocks = tuple(Block(_facts(lookup, p), style="item", heading=p.name) for p in people) + (Block(shared_line + "."),)
    title, kind = (shared_line, "answer" if shared else "list") if shared_first else (event_messages.compared(join_words(p.name for p in people)), "answer")
    items = [*shared, *people] if shared_first else [*people, *shared]
    return Reply(kind, title, blocks=blocks, items=item_refs(items), sources=source_refs(lookup.knowledge, people),
                 suggestions=tuple(f"who {p.name}" for p in people))


def _facts(lookup: Lookup, person: Person) -> str:
    roles = "; ".join(role_text(r) for r in person.roles) or "no role recorded"
    events = sorted(lookup.events_attended(person), key=lambda e: e.when.start.first_day())
    spoke = f"Took part in {join_words(e.name for e in events)}." if events else "No event recorded."
    quotes = len(lookup.quotes_of(person))
    return f"{roles}. {spoke} {quotes} quote{'s' if quotes != 1 else ''} in the knowledge."
