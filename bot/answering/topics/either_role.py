"""Either/or about a role at an event: "was it the dutch foreign minister or the dutch defence minister who co hosted the hague?"

    -> "The Dutch defence minister: Kajsa Ollongren (Minister of Defence of the Netherlands) spoke at
        NATO Cyber Defence Pledge Conference 2024; the knowledge records no foreign minister of the Netherlands there"

Each side is read as a party with a role (``participants.find_party``); a side naming no country
takes the other's ("the dutch foreign or defence minister"). The event's card follows, with its
hosts where hosting is asked. None when the question is not of this kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..claim_messages import one_of_two_roles
from ..lookup import Lookup
from ..phrasing import join_words
from .events import event_reply
from .named_event import event_named
from .participants import Party, find_party, people_at, role_then
from ..normalizing import word_set

_CUES = frozenset("minister ministers secretary general deputy ambassador envoy chief head official president prime ministry".split())
_EITHER_ROLE = lazy_pattern(r"^(?:was|is|were) it (?P<a>.+?) or (?P<b>.+?) (?:who|that|which) (?P<rest>\S.*)$")
_HOSTING = frozenset("hosted co host hosts organised organized organiser organizer".split())


def answer_either_role(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The one of two roles named that someone held at the event, with that person; None for other questions."""
    if " or " not in question or _CUES.isdisjoint(word_set(question)) or (match := _EITHER_ROLE.match(question)) is None:
        return None
    first, second = find_party(match["a"]), find_party(match["b"])
    if first is None and second is None:
        return None
    if second is None:
        second = find_party(f"{first[0].names[0]} {_no_article(match['b'])}")
    elif first is None:
        first = find_party(f"{second[0].names[0]} {_no_article(match['a'])}")
    if first is None or second is None or not (first[0].role and second[0].role):
        return None
    event = event_named(lookup, match["rest"], today)
    if event is None:
        return None
    day = event.when.start.first_day()
    held = {side: [(p, role_then(p, day)) for p, _ in people_at(lookup, event) if side.holds(role_then(p, day))] for side in (first[0], second[0])}
    found = [(side, people) for side, people in held.items() if people]
    reply = event_reply(lookup, event, "hosts" if not _HOSTING.isdisjoint(match["rest"].split()) else "speakers")
    if len(found) != 1:
        return None if not found else reply
    side, people = found[0]
    other = second[0] if side is first[0] else first[0]
    names = ", ".join(f"{p.name} ({r.title})" for p, r in people)
    hosts = join_words(event.hosts) if event.hosts and not _HOSTING.isdisjoint(match["rest"].split()) else ""
    return replace(reply, title=one_of_two_roles(_label(side), names, event.name, hosts, _label(other)))


def _label(party: Party) -> str:
    return f"{party.role_text} of {party.label}"


def _no_article(words: str) -> str:
    """"the deputy foreign minister", "its foreign minister": the role words, to go after the other side's country."""
    first, _, rest = words.partition(" ")
    return rest if first in ("the", "its", "his", "her", "their") and rest else words
