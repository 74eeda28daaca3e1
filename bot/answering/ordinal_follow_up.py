"""A bare ordinal after an answer about one event of a series: that edition of the series, not an entry on the card.

    after "first pledge conf where" (Paris 2018)
    "2nd one?"                      -> "the 2nd Cyber Defence Pledge Conference"
    "and the third?"                -> "the third Cyber Defence Pledge Conference"
    "what about the 4th one, where" -> "the 4th Cyber Defence Pledge Conference where"
    "the last one?"                 -> "the last Cyber Defence Pledge Conference"
    after "who spoke at the hague conference" -> None ("the 2nd one" is the second speaker: ``list_picks``)

Only when no list was shown (a list's "second one" is its second entry) and the last question asked about the event
itself (when, where, hosts), not its people or their words. Pure: reads the last answer's subject only.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .mentions import series_events
from .search import normalize

_NTH = ("first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|last|latest"
        "|most recent|newest")
#: "2nd one", "and the third?", "what about the 4th one, where": an ordinal alone, then perhaps an ask.
_BARE_ORDINAL = lazy_pattern(rf"^(?:(?:and|ok|okay|so|then|what about|how about)\s+)*(?:the\s+)?(?P<nth>{_NTH})"
                             r"(?:\s+(?:one|edition|time))?(?:\s+(?P<ask>(?:where|when|who|host|hosts|hosted|venue|city|date|dates|location)\b.*))?$")
#: "when was the first one", "who hosted the 2nd edition", "which was the latest one": the ask, then the ordinal.
_ASK_THEN_ORDINAL = lazy_pattern(rf"^(?:(?:and|ok|okay|so|then)\s+)*(?P<ask>when|where|who (?:hosted|spoke at|opened)|what happened at|which|what)"
                                 rf"(?:\s+(?:was|were|is|did))?\s+the\s+(?P<nth>{_NTH})(?:\s+(?:one|edition))?(?P<tail>(?:\s+(?:held|hosted|about))?)$")
#: Words of a question about an event's people or their words: there "the 2nd one" is the second of them.
_ABOUT_PEOPLE = frozenset("who whom speaker speakers spoke speak speech quote quotes said say keynote".split())


def edition_by_ordinal(lookup: Lookup, text: str, subject: ItemRef | None, asked: str) -> str | None:
    """``text`` as the nth edition of ``subject``'s series, when it is a bare ordinal asked after a question about that event."""
    if subject is None or subject.type not in ("event", "initiative") or not _ABOUT_PEOPLE.isdisjoint(normalize(asked).split()):
        return None
    if (series := _series_of(lookup, subject)) is None:
        return None
    if (match := _BARE_ORDINAL.match(normalize(text))) is not None:
        return " ".join(filter(None, ("the", match["nth"], series, match["ask"])))
    if (match := _ASK_THEN_ORDINAL.match(normalize(text))) is not None:  # "when was the first one" after the pledge conferences
        ask = "what was" if match["ask"] in ("which", "what") else f"{match['ask']}{'' if ' ' in match['ask'] else ' was'}"
        return f"{ask} the {match['nth']} {series}{match['tail']}"
    return None


def _series_of(lookup: Lookup, subject: ItemRef) -> str | None:
    """The series ``subject`` is an edition of, or is itself (the entry for a series: "Cyber Defence Pledge Conference")."""
    if subject.type == "event":
        event = lookup.knowledge.events.get(subject.id)
        return event.series if event is not None else None
    entry = lookup.knowledge.initiatives.get(subject.id)
    return entry.name if entry is not None and series_events(lookup, entry.name) else None
