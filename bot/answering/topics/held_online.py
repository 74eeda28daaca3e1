"""Events asked for by how they were held: "which events were virtual", "events online": those held virtually.

A venue the knowledge gives as "virtual, hosted from Tallinn" is the record of it; an event whose text only
mentions something virtual (the Virtual Cyber Incident Support Capability agreed at a summit) was not held so.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ..lookup import Lookup
from ..per_load import PerLoad, per_load

#: A filter's words that ask how events were held, not what they were about.
VIRTUAL_WORDS = frozenset("virtual virtually online remote remotely videoconference".split())
_HELD_VIRTUALLY = PerLoad("topics.held_online.virtual")


def virtual_events(lookup: Lookup) -> list[Event]:
    """The events held virtually (by their venue), in date order; once per knowledge load (at load: ``Engine.warm``)."""
    return per_load(_HELD_VIRTUALLY, lookup, lambda lookup: [e for e in lookup.events_by_date if (e.venue or "").lower().startswith("virtual")])
