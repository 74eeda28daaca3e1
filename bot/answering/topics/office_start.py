"""When someone started in office, asked in everyday words: "when did rutte start", "when did they pick rutte to be nato boss".

    "when did rutte start", "when did he begin his job"             -> as "when did rutte take office" (``answer_became``)
    "when did rutte start being nato boss"                          -> as "when did rutte take office as nato boss"
    "when did they pick mark rutte to be the nato boss"             -> the day he was appointed (26 June 2024), and when he took office
    "when did nato choose rutte to lead the alliance"               -> likewise

Only someone the knowledge names as a person is asked of: "when did cyber coalition start" is the exercise's own
question, left to the routes. Pure over the look-ups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from .people import answer_became
from .role_moments import role_moment

_STARTED = lazy_pattern(r"^when did (?P<who>(?:\S+ ){0,3}?\S+) (?:start|begin|first start)(?: (?:his|her|their|the) (?:new )?(?:job|term|role|work|post|tenure|time in office))?"
                        r"(?: (?:being|as) (?:the )?(?P<role>(?:\S+ ){0,3}?\S+))?$")
_CHOOSERS = r"(?:they|nato|the allies|allies|the alliance|nato leaders|leaders|the leaders|member states|members|countries|the countries|people|everyone)"
_PICKED = lazy_pattern(rf"^when did {_CHOOSERS} (?:pick|choose|select|appoint|name|elect|vote for|vote in|make|hire|get) (?P<who>(?:\S+ ){{0,3}}?\S+) "
                       r"(?:to be|as|to become|for|the|to lead|to run|to head|to be in charge of) (?:the )?(?:new )?(?P<role>(?:\S+ ){0,3}?\S+)$")
#: What "to lead nato" makes someone: the head of NATO.
_LEAD_WORDS = frozenset(("nato", "the alliance", "alliance", "nato alliance"))


def answer_office_start(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The day a named person started in (or was picked for) a role, for the everyday ways of asking it; None otherwise."""
    if not question.startswith("when did "):
        return None
    if (started := _STARTED.match(question)) and _only_people(lookup, started["who"], today):
        return answer_became(lookup, started["who"], started["role"] or "", today)
    if (picked := _PICKED.match(question)) is None or not (people := _only_people(lookup, picked["who"], today)):
        return None
    role = "head of nato" if picked["role"] in _LEAD_WORDS else picked["role"]
    reply = answer_became(lookup, picked["who"], role, today)
    moment = role_moment(lookup, f"{picked['who']} appointed as {role}", today)
    if moment is None or moment.person is not people[0] or not moment.label.startswith(f"{moment.person.name} appointed "):
        return reply  # no day of appointment recorded: the day they took office
    name = moment.person.name
    post = moment.label.removeprefix(f"{name} appointed ")
    took = reply.title.removeprefix(f"{name} became {post}")
    took = f" and took office{took}" if took != reply.title else f"; {reply.title}"
    return replace(reply, title=f"{name} was appointed {post} on {moment.date}{took}")


def _only_people(lookup: Lookup, who: str, today: dt.date) -> tuple:
    """The people ``who`` names when it names nothing else ("rutte", "the nato chief"; not "rutte s video address")."""
    named = lookup.named(who, on=today)
    return named.people if not named.rest and not named.unknown else ()
