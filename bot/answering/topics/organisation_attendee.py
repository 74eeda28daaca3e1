"""Someone from an organisation nobody at an event belonged to, asked for there: an honest miss, and who was recorded.

    "which microsoft executive was at the berlin conference"   -> nobody from “microsoft” is recorded at First annual ...;
                                                                   the speakers there
    "which executive of microsoft spoke in berlin?", "who from amazon attended the tirana conference" -> likewise
    "which nato official spoke at tirana"                       -> None (the routes name Rutte)

Answered by the event's card, the question reads as if the speakers listed were the company's people. Only
"which <organisation> <staff noun> ... <event>", "which <staff noun> of/from <organisation> ..." and "who from
<organisation> ..." are read, and only when no role of anyone at the event names the organisation and it is no
place (a country's minister is the role routes' to find). Pure; a question without a staff noun or "from" pays one
set intersection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import messages
from ..lookup import Lookup
from ..places import PLACES
from .events import event_reply
from .named_event import event_named
from ..normalizing import word_set

_STAFF = r"(?:executive|executives|exec|execs|director|directors|official|officials|manager|managers|engineer|engineers|employee|employees|representative|representatives|ceo|cto|ciso|staff|expert|experts|people|person)"
_PRESENT = r"(?:was|were|spoke|speak|attended|attend|went|came|took part|participated|presented)(?: (?:at|in|to|from))?"
_FROM_ORGANISATION = lazy_pattern(
    rf"^(?:which|what) (?:(?P<org>[a-z0-9]+) {_STAFF}|{_STAFF} (?:of|from|at) (?:the )?(?P<org2>[a-z0-9]+)) {_PRESENT} (?:the )?(?P<rest>.+)$"
    rf"|^who (?:from|of) (?:the )?(?P<org3>[a-z0-9]+) {_PRESENT} (?:the )?(?P<rest2>.+)$")
_CUES = frozenset("executive executives exec execs director directors official officials manager managers engineer engineers employee employees representative representatives ceo cto ciso staff "
                  "expert experts people person from".split())
#: Words before a staff noun that are no organisation: "which company executive", "which nato official" is a role's.
_NOT_AN_ORGANISATION = frozenset("company industry tech private nato government senior top other the a an any eu un allied partner military "
                                  "civilian foreign defence defense cyber its their".split())


def answer_organisation_attendee(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The honest miss for someone of an organisation nobody at the event belonged to, or None."""
    if _CUES.isdisjoint(word_set(question)) or (match := _FROM_ORGANISATION.match(question)) is None:
        return None
    organisation = match["org"] or match["org2"] or match["org3"]
    if organisation in _NOT_AN_ORGANISATION or organisation in PLACES or (event := event_named(lookup, match["rest"] or match["rest2"], today)) is None:
        return None
    people = [p for p in map(lookup.knowledge.people.get, (*event.speakers, *event.participants)) if p is not None]
    if any(organisation in f"{role.title} {' '.join(role.aliases)}".lower().split() for person in people for role in person.roles):
        return None
    reply = event_reply(lookup, event, "speakers")
    return replace(reply, kind="not_found", title=f"{messages.nobody_from(organisation, event.name)}. {reply.title}")
