"""When a summit was announced, asked after an answer about the summit: "ok and on which day he announced it?".

    announced_asked(lookup, "on which day he announced it? the same day of his rome speech?", <vilnius summit>)
        -> "when was NATO Vilnius Summit 2023 announced"
    announced_asked(lookup, "and what day did he make that announcement?", <vilnius summit>)  -> the same
    announced_asked(lookup, "who announced the dates", <vilnius summit>)  -> "who announced NATO Vilnius Summit 2023"

The summit's answer names no speaker, so "he" points at nobody; the question asks of the summit's announcement,
which the routes find by the summit's name. Pure; a text without "announc" pays one substring test.
"""

from __future__ import annotations

import re

from ..reply import ItemRef
from ..patterns import lazy_pattern
from .lookup import Lookup

_WHEN = lazy_pattern(r"^(?:(?:ok|okay|and|so|but)\s+)*(?:when|on (?:which|what) (?:exact )?(?:day|date)|(?:which|what) (?:exact )?(?:day|date))\b", re.IGNORECASE)
_ANNOUNCED_IT = lazy_pattern(r"\bannounce[ds]? (?:it|that|this|them)\b|\b(?:that|the|this|his|its) announcement\b", re.IGNORECASE)  # "make that announcement"


#: Who made the announcement: "who announced the dates", "who announced it?", "and who made that announcement".
_WHO_ANNOUNCED = lazy_pattern(r"^(?:(?:ok|okay|and|so|but)\s+)*who (?:announced|made|gave|did) (?:it|that|this|them|the (?:dates?|news|summit)|(?:that|the|this) announcement)"
                              r"(?: (?:then|first|officially|publicly))?\W*$", re.IGNORECASE)


def announced_asked(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """"when was <summit> announced" for a question asking when "it" was announced after a summit, "who announced <summit>"
    for one asking who did ("who announced the dates"); else None."""
    if "announc" not in text.lower() or subject is None or subject.type != "event":
        return None
    summit = lookup.knowledge.events.get(subject.id)
    if summit is None or summit.kind != "summit":
        return None
    if _WHO_ANNOUNCED.match(text.strip()):
        return f"who announced {summit.name}"
    if not _WHEN.match(text.strip()) or not _ANNOUNCED_IT.search(text):
        return None
    return f"when was {summit.name} announced"
