"""A bare "the summit" in a follow-up counting time is the summit just talked about.

    after "when was the vilnius summit?"
    "how many days from the last summit day to the opening of the berlin conference?"
        -> "how many days from the last day of NATO Vilnius Summit 2023 to the opening of the berlin conference?"

Only a question that counts time (a unit and "from" or "between") is read so, only for the kind of the last event,
and only "the <kind>" with no place or year of its own after it. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_UNITS = frozenset("days weeks months years".split())
_SPANS = frozenset("from between since after before".split())
_BARE_KIND = lazy_pattern(r"\bthe (?P<edge>(?:last|final|closing|first|opening) )?(?P<kind>summit|conference|conf)(?P<day> day| s (?:last|final|closing|first|opening) day)?\b(?! in\b| of\b| at\b| \d)")


def kind_as_subject(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``text`` with its bare "the <kind>" as the last event, or None when it counts no time or names no such kind."""
    words = normalize(text)
    split = set(words.split())
    if subject is None or subject.type != "event" or _UNITS.isdisjoint(split) or _SPANS.isdisjoint(split):
        return None
    event = lookup.item(subject)
    match = _BARE_KIND.search(words)
    if event is None or match is None or not event.kind.startswith(match["kind"][:4]):
        return None
    day = match["edge"] or (match["day"] or "").replace(" s ", " ").strip().removesuffix("day")
    named = f"the {day.strip()} day of {event.name}" if day.strip() else event.name
    return f"{words[: match.start()]}{named}{words[match.end():]}"
