"""What else a gathering decided, asked past the one decision the asker knows: the gathering's own account of all of it.

    "Apart from the new concept, was anything else cyber-related decided at Vilnius 2023?" -> NATO Vilnius Summit 2023
    "what else was agreed at the vilnius summit on cyber?"                                -> NATO Vilnius Summit 2023

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
from ..phrasing import sentences
from ..search import normalize
from .events import event_reply
from .named_event import event_named

_BEYOND = frozenset("else apart besides other beyond".split())
_DECIDED = frozenset("decided agreed adopted approved launched endorsed decide agree adopt came".split())
_ASKS_MORE = lazy_pattern(r"\b(?:what else|anything else|something else|any other (?:decisions?|outcomes?)|other decisions|other outcomes)\b")
#: The one decision the asker already knows, before the question: "apart from the new concept, ...".
_KNOWN = lazy_pattern(r"^(?:apart from|besides|other than|beyond|aside from) [^?]*?(?=\b(?:was|were|did|what|is|anything)\b)")


def answer_other_outcomes(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The gathering ``text`` (as typed) asks about past one decision of it, with all it agreed; None for other questions."""
    words = normalize(text).split()
    if _BEYOND.isdisjoint(words) or _DECIDED.isdisjoint(words):
        return None
    asked = _KNOWN.sub("", " ".join(words))
    if not _ASKS_MORE.search(asked) or (event := event_named(lookup, asked, today)) is None:
        return None
    said = [s for s in sentences(event.summary or "") if not _DECIDED.isdisjoint(normalize(s).split())]
    reply = event_reply(lookup, event)
    return replace(reply, title=f"{event.name}: {' '.join(said)}") if said else reply
