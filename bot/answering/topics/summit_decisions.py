"""What each summit decided, by summit: the pledges whose event it is, indexed once per knowledge load.

    decided_at(lookup, warsaw_summit)  -> [Cyber Defence Pledge, Cyberspace recognised as a domain of operations]
    decided_at(lookup, rome_conference) -> [] (a conference's card tells no decision of its own)

A summit's card tells what it decided ("On 8 July 2016 they issued the Cyber Defence Pledge"); ``events.event_reply``
names those decisions as items after the rest. Built in ``Engine.warm``: a question never scans every pledge.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ..lookup import Lookup
from ..per_load import PerLoad, per_load

_DECIDED = PerLoad("topics.summit_decisions.decided")  # summit id -> its pledges' ids, per knowledge load


def decided_at(lookup: Lookup, event: Event) -> list:
    """The pledges ``event`` (a summit) decided, in the knowledge's order; [] for any other event."""
    if event.kind != "summit":
        return []
    pledges = lookup.knowledge.pledges
    return [pledges[p] for p in summit_decisions(lookup).get(event.id, ()) if p in pledges]


def summit_decisions(lookup: Lookup) -> dict[str, tuple[str, ...]]:
    """Each summit's pledges, by the summit's id (built once per load)."""
    return per_load(_DECIDED, lookup, _build)


def _build(lookup) -> dict[str, tuple[str, ...]]:
    summits = {e.id for e in lookup.knowledge.events.values() if e.kind == "summit"}
    decided: dict[str, list[str]] = {}
    for pledge in lookup.knowledge.pledges.values():
        if pledge.event in summits:
            decided.setdefault(pledge.event, []).append(pledge.id)
    return {summit: tuple(ids) for summit, ids in decided.items()}
