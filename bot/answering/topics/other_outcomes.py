"""What else a gathering decided, asked past the one decision the asker knows: the gathering's own account of all of it.

    "Apart from the new concept, was anything else cyber-related decided at Vilnius 2023?" -> NATO Vilnius Summit 2023
    "what else was agreed at the vilnius summit on cyber?"                                -> NATO Vilnius Summit 2023
    "besides the pledge what else did warsaw decide on cyber"                             -> cyberspace as a domain (Warsaw 2016)

A decision's own entry tells one outcome; the gathering's summary tells every outcome the knowledge holds (the
annual conference, the support capability). Where the knowledge holds the gathering's other decisions as entries of
their own, those are the answer. Tried only when "else", "apart", "besides" or "other than" and a verb of
deciding are words of the question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences
from ..search import normalize
from .. import event_messages
from ..phrasing import item_refs
from .events import event_reply
from .pledges import pledge_reply
from .named_event import event_named

_BEYOND = frozenset("else apart besides other beyond aside".split())
_DECIDED = frozenset("decided agreed adopted approved launched endorsed decide agree adopt approve endorse launch came".split())
_ASKS_MORE = lazy_pattern(r"\b(?:what (?:else|more)|anything (?:else|more)|something (?:else|more)|any other (?:decisions?|outcomes?)|other decisions|other outcomes)\b")  # "what more": Spanish "qué más"
#: The one decision the asker already knows, before the question: "apart from the new concept, ...".
_KNOWN = lazy_pattern(r"^(?:apart (?:from|of)|besides|other than|beyond|aside (?:from|of)) [^?]*?(?=\b(?:was|were|did|what|is|anything)\b)")


_ASKS_WHAT = lazy_pattern(r"^(?:what|which|was|were|did)\b")
#: The known decision named after the question: "what else did warsaw decide besides the pledge".
_KNOWN_AFTER = lazy_pattern(r"\b(?:apart (?:from|of)|besides|other than|beyond|aside (?:from|of)) (?P<known>.+)$")
_LEAD = lazy_pattern(r"^(?:apart (?:from|of)|besides|other than|beyond|aside (?:from|of)) ")


def _other_decisions(lookup: Lookup, event, asked: str) -> Reply | None:
    """The decisions recorded at ``event`` besides the one the question names, the first of them as the answer; None
    when the one named is not one of them or there is no other (the gathering's own summary answers then)."""
    known_said = (known := _KNOWN.match(asked)) and _LEAD.sub("", known[0]) or (after := _KNOWN_AFTER.search(asked)) and after["known"]
    made_there = [p for p in lookup.knowledge.pledges.values() if p.event == event.id]
    named = lookup.best(known_said, ("pledge",)) if known_said and made_there else None
    others = [p for p in made_there if named is not None and p.id != named.id]
    if named not in made_there or not others:
        return None
    reply = pledge_reply(lookup, others[0], headline=event_messages.also_decided(named.name, event.name, [p.name for p in others]))
    refs = item_refs(others)
    return replace(reply, items=(*refs, *(i for i in reply.items if i not in refs)))


def answer_other_outcomes(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The gathering ``text`` (as typed) asks about past one decision of it, with all it agreed; None for other questions."""
    words = normalize(text).split()
    if _BEYOND.isdisjoint(words) or _DECIDED.isdisjoint(words):
        return None
    asked = _KNOWN.sub("", " ".join(words))
    known_first = asked != " ".join(words) and _ASKS_WHAT.match(asked)  # "other than the pledge, what did warsaw decide": more asked
    if not (_ASKS_MORE.search(asked) or known_first) or (event := event_named(lookup, asked, today)) is None:
        return None
    if (others := _other_decisions(lookup, event, " ".join(words))) is not None:
        return others
    said = [s for s in sentences(event.summary or "") if not _DECIDED.isdisjoint(normalize(s).split())]
    reply = event_reply(lookup, event)
    return replace(reply, title=f"{event.name}: {' '.join(said)}") if said else reply
