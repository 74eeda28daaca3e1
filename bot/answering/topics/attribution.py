"""Whether an attack was officially attributed: "is Cyber Berkut a GRU front? did NATO officially attribute it?".

The knowledge records who claimed an incident, never an official attribution, so the answer is the
honest miss, with what the knowledge does say of who claimed it:

    -> "The knowledge records no official attribution of DDoS attack on NATO public websites; it says:
        A group calling itself "Cyber Berkut" claimed it, ..."

Tried only when the question holds a word of attribution (``_ATTRIBUTION``); answers only for an
incident the question names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from .. import quote_messages
from ..lookup import Lookup
from ..search import normalize
from .events import event_reply
from ...patterns import lazy_pattern

_ATTRIBUTION = frozenset("attribute attributed attributes attribution front gru fsb svr sponsored proxy proxies".split())
_CLAIMED = lazy_pattern(r"[^.]*\b(?:claimed|attributed|blamed|behind|responsible)\b[^.]*\.")


def answer_attribution(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """The miss an attribution question about a recorded incident gets, or None for any other question."""
    words = set(question.text.split()) | set(normalize(typed).split())
    if words.isdisjoint(_ATTRIBUTION):
        return None
    incident = lookup.best(" ".join(w for w in normalize(typed).split() if w not in _ATTRIBUTION), ("event",))
    if incident is None or incident.kind != "incident":
        return None
    claim = next((m[0].strip() for part in (incident.summary, incident.notes) if part and (m := _CLAIMED.search(part))), "")
    return replace(event_reply(lookup, incident), kind="not_found", title=quote_messages.no_attribution(incident.name, claim))
