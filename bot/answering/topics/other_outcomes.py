"""What else a gathering decided, asked past the one decision the asker knows: the gathering's own account of all of it.

    "Apart from the new concept, was anything else cyber-related decided at Vilnius 2023?" -> NATO Vilnius Summit 2023
    "what else was agreed at the vilnius summit on cyber?"                                -> NATO Vilnius Summit 2023
    "apart of the pledge, what was decided in warsaw about cyberspace?"                   -> NATO Warsaw Summit 2016

A decision's own entry tells one outcome; the gathering's summary tells every outcome the knowledge holds (the
annual conference, the support capability). Tried only when "else", "apart", "besides" or "other than" and a verb of
deciding are words of the question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import item_refs, sentences
from ..search import normalize
from .events import event_reply
from .named_event import event_named

_BEYOND = frozenset("else apart besides other beyond aside".split())
_DECIDED = frozenset("decided agreed adopted approved launched endorsed decide agree adopt came".split())
_ASKS_MORE = lazy_pattern(r"\b(?:what (?:else|more)|anything (?:else|more)|something (?:else|more)|any other (?:decisions?|outcomes?)|other decisions|other outcomes)\b")  # "what more": Spanish "qué más"
#: The one decision the asker already knows, before the question: "apart from the new concept, ...".
_KNOWN = lazy_pattern(r"^(?:apart (?:from|of)|besides|other than|beyond|aside (?:from|of)) [^?]*?(?=\b(?:was|were|did|what|is|anything)\b)")
_KNOWN_LEAD = lazy_pattern(r"^(?:apart (?:from|of)|besides|other than|beyond|aside (?:from|of)) ")
#: "apart from the pledge, what was decided in warsaw": with one decision set aside, what was decided asks for the rest.
_ASKS_DECIDED = lazy_pattern(r"^what (?:(?:was|were|did) (?:\S+ )?(?:decided|agreed|adopted|approved|launched|endorsed|decide|agree|adopt)|came out)\b")


def answer_other_outcomes(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The gathering ``text`` (as typed) asks about past one decision of it, with all it agreed; None for other questions."""
    words = normalize(text).split()
    if _BEYOND.isdisjoint(words) or _DECIDED.isdisjoint(words):
        return None
    joined = " ".join(words)
    asked = _KNOWN.sub("", joined)
    more = _ASKS_MORE.search(asked) or (asked != joined and _ASKS_DECIDED.match(asked))
    if not more or (event := event_named(lookup, asked, today)) is None:
        return None
    reply = event_reply(lookup, event)
    if others := _other_decisions(lookup, event.id, joined[: len(joined) - len(asked)]):
        return replace(reply, title=f"{event.name}: {'; '.join(p.name for p in others)}", items=(*item_refs(others), *reply.items))
    said = [s for s in sentences(event.summary or "") if not _DECIDED.isdisjoint(normalize(s).split())]
    return replace(reply, title=f"{event.name}: {' '.join(said)}") if said else reply


def _other_decisions(lookup: Lookup, event_id: str, known: str) -> list:
    """The decisions recorded as made at the event, less the one ``known`` ("apart from the pledge") names."""
    made = [p for p in lookup.knowledge.pledges.values() if p.event == event_id]
    named = lookup.best(_KNOWN_LEAD.sub("", known), ("pledge",)) if known else None
    return [p for p in made if p is not named]
