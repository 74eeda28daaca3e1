"""A follow-up asking only in what capacity, after an answer naming who took part in a gathering: that person's role there.

    after "Who opened the Hague Pledge Conference?" (Ernest Noorman ...)
    "And in what capacity?"          -> "in what capacity did Ernest Noorman take part in NATO Cyber Defence Pledge Conference 2024"
    "In which role was that?"        -> the same

The person is the one the last answer's title names first (else the first it lists). Pure; a follow-up without a
capacity word costs a few substring tests.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_CUES = ("capacity", "role", "position", "function", "title")
_CAPACITY = lazy_pattern(r"^(?:(?:and|so|ok|okay|thanks|thank you)\s+)*(?:in |with |under )?(?:what|which) (?:capacity|role|position|function|official title|title)"
                         r"(?: (?:was|did|were) (?:it|that|he|she|they|this)(?: (?:attend|there|speak|in|as|serve))?)?$")


def capacity_asked(lookup: Lookup, text: str, subject: ItemRef, people: tuple[ItemRef, ...], title: str) -> str | None:
    """"in what capacity did <person> attend <event>" for a bare "in what capacity?" after an event's people; else None."""
    lowered = text.lower()
    if subject.type != "event" or not any(cue in lowered for cue in _CUES) or not _CAPACITY.match(normalize(text)):
        return None
    event = lookup.item(subject)
    persons = [p for p in (lookup.item(ref) for ref in people if ref.type == "person") if p is not None]
    if event is None or not persons:
        return None
    titled = normalize(title)
    named = sorted((titled.find(normalize(p.name).split()[-1]), n, p) for n, p in enumerate(persons) if normalize(p.name).split()[-1] in titled)
    person = named[0][2] if named else persons[0]
    return f"in what capacity did {person.name} take part in {event.name}"
