"""The exact day of something the knowledge dates only to a month or a year: said so, with what it does record.

    "exact start day of the first Cyber Coalition in Nov 2008?" -> "The knowledge records only the month of Cyber Coalition
                                                                    exercise (first edition) (November 2008), not the day"
    "which day was the vilnius cyber defence concept agreed"   -> only the month: July 2023
    "what day was the vilnius summit"                          -> None: its days are recorded; the routes answer

Asked only with a word that wants the day itself ("exact day", "which day", "start date", "day of the month").
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Pledge
from ...patterns import lazy_pattern
from ...reply import Reply
from ..event_messages import only_part_recorded
from ..lookup import Lookup
from ..phrasing import item_refs
from ..search import normalize
from .general import not_found

_DAY_ASKED = lazy_pattern(r"\b(?:(?:exact|precise|specific|actual) (?:start |starting |opening |closing |end )?(?:day|date|dates)|(?:start|starting|opening) (?:day|date)"
                          r"|(?:which|what) day(?! of the (?:week|summit|conference|meeting))|day of the month)\b")
_GATHERING = lazy_pattern(r"\b(?:conference|conf|summit|meeting|exercise)\b")
_ASKING = lazy_pattern(r"\b(?:exact|precise|specific|actual|start|starting|opening|closing|end|day|date|dates|which|what|was|were|is|did|does|of|the|on|it|held|take|took|place"
                       r"|begin|began|start|started|happen|happened|agreed|adopted|decided|issued|signed|month|do|you|have|know|pls|please)\b")


def answer_unrecorded_day(lookup: Lookup, typed: str) -> Reply | None:
    """The honest miss for the day of an entry dated only to its month or year; None when no day is asked or it is recorded."""
    text = normalize(typed)
    if "day" not in text and "date" not in text or not _DAY_ASKED.search(text):
        return None
    rest = _ASKING.sub(" ", text)
    item = lookup.best(rest, ("event", "pledge")) if rest.strip() else None
    if isinstance(item, Pledge) and _GATHERING.search(rest):  # "the 2024 pledge conf": the gathering, not the pledges renewed there
        item = lookup.best(rest, ("event",))
    when = getattr(item, "date", None) or (item.when.start if item is not None and hasattr(item, "when") else None)
    if when is None or when.precision == "day":
        return None
    kind = type(item).__name__.lower()
    return replace(not_found(only_part_recorded(when.precision, item.name, str(when)), suggestions=(f"{kind} {item.name}",)), items=item_refs([item]))
