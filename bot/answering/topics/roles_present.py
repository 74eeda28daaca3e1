"""Those of one role at a gathering, as only its text counts them: "other foreign ministers at berlin besides baerbock?".

    "which foreign ministers were at berlin"           -> "... Foreign ministers (of Germany, the Netherlands, Finland, ...) ... took part"
    "any other officials at berlin besides stoltenberg" -> the same sentence

The people recorded as speakers are one entry each; a gathering's summary may also say, in a sentence, which others took
part. Tried only when the question holds a plural role noun and names one gathering; None when no sentence of its text
names that role (the speaker and party routes answer then).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences
from .events import event_reply
from .named_event import event_named
from ..normalizing import word_set

_CUES = frozenset("ministers officials ambassadors diplomats executives companies firms".split())
#: The role asked, with up to two words before its noun: "foreign ministers", "senior military officials".
_ROLE_ASKED = lazy_pattern(r"\b(?P<role>(?:(?:foreign|defence|defense|prime|deputy|senior|military|government|industry|tech|nato) ){0,2}"
                           r"(?:ministers|officials|ambassadors|diplomats|executives|companies|firms))\b")
_SAYING = frozenset("say said says quote quotes words spoke speak talk talked about name named names mention mentioned cite cited drop".split())


def answer_roles_present(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The gathering named, titled with the sentence of its text that names those of the role asked; or None."""
    words = word_set(question)
    if _CUES.isdisjoint(words) or not _SAYING.isdisjoint(words) or (asked := _ROLE_ASKED.search(question)) is None:
        return None
    event = event_named(lookup, question[: asked.start()] + question[asked.end():], today)
    if event is None:
        return None
    role = asked["role"]
    said = [s for s in sentences(" ".join((event.summary or "").split())) if role in s.lower()]
    if not said:
        return None
    return replace(event_reply(lookup, event), title=f"{event.name}: {said[0]}")
