"""Who spoke at more than one gathering: "who spoke at more than one conference?", "which speakers came back?".

    "who spoke at more than one conference"        -> Jens Stoltenberg (4: Paris 2018, …), Mircea Geoană (2: …)
    "which people spoke at several summits"        -> "The knowledge records no one who spoke at more than one summit"

The people with two or more events where they spoke are built once per knowledge load (``per_load``, at warm-up),
each with those events; a question filters them by the kind of gathering it names. A question without "more than
one", "several", "multiple" or "twice" costs a substring test.
"""

from __future__ import annotations

from ...knowledge.model import Event, Person
from ...reply import Block, Reply
from .. import terse_messages as say
from ..lookup import Lookup
from ..mentions import find_kind
from ..per_load import PerLoad, per_load
from ..phrasing import event_label, item_refs, source_refs
from ...patterns import lazy_pattern

_ASKED = lazy_pattern(r"^(?:who|which (?:people|speakers|officials|leaders|persons|ones))(?: has| have)? (?:spoke|speak|spoken|talked|addressed|appeared|turned up|showed up|attended|came)"
                      r" (?:at |in )?(?:more than (?:one|once)|several|multiple|two or more|twice|more than a single)\b(?P<rest>.*)$")
_SEVERAL = PerLoad("topics.repeat_speakers.several")


def repeat_speakers(lookup: Lookup) -> tuple[tuple[Person, tuple[Event, ...]], ...]:
    """Everyone recorded speaking at two or more events, most events first, each with those events oldest first."""

    def build(lookup: Lookup):
        found = [(p, tuple(sorted(lookup.events_with(p), key=lambda e: e.when.start.first_day()))) for p in lookup.knowledge.people.values()]
        return tuple(sorted(((p, e) for p, e in found if len(e) >= 2), key=lambda pe: -len(pe[1])))

    return per_load(_SEVERAL, lookup, build)


def answer_repeat_speakers(lookup: Lookup, question: str) -> Reply | None:
    """The reply to "who spoke at more than one <kind>" (normalised), or None when it asks something else."""
    if "more than" not in question and "several" not in question and "multiple" not in question and "twice" not in question:
        return None
    match = _ASKED.match(question)
    if match is None:
        return None
    kind = find_kind(match["rest"])
    noun = kind or "event"
    people = [(p, events) for p, all_events in repeat_speakers(lookup)
              for events in ([e for e in all_events if kind is None or e.kind == kind],) if len(events) >= 2]
    if not people:
        return Reply("not_found", say.no_repeat_speakers(noun), suggestions=("events",))
    blocks = tuple(Block("; ".join(event_label(e) for e in events), style="item", heading=f"{p.name} ({len(events)})") for p, events in people)
    return Reply("list", say.repeat_speakers(len(people), noun), blocks=blocks,
                 items=item_refs([p for p, _ in people]), sources=source_refs(lookup.knowledge, [e for _, events in people for e in events]))
