"""The initiative itself, not an occasion named after it, where a text names the initiative with its kind.

    "what is protect the future campaign, stoltenberg with bloggers?" -> Protect the Future (the campaign), not the
        meeting 'Stoltenberg meets young content creators ("Protect the Future" campaign)' that holds more of the words
    "what is protect the future campaign"                             -> Protect the Future (as before)
    "the protect the future meeting with stoltenberg"                  -> the meeting (no kind of the campaign named)

An event whose name holds an initiative's name (held as part of it) matches more of a text that names both the
initiative and someone at the event; when the text names the initiative's kind ("campaign", "exercise") and all of
its name, and not the occasion's own words (its people's names aside), the initiative is what is asked. An event of
the initiative's own kind is an edition of it ("Cyber Coalition exercise (first edition)"), left as it is. Read from the knowledge (its initiatives by kind, built at load); a
text naming no kind word pays one set intersection. Pure; table-tested in tests/test_initiative_itself.py.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ..described_initiatives import by_kind
from ..lookup import Lookup
from ..normalizing import STOPWORDS
from ..search import normalize


def itself_not_its_occasion(lookup: Lookup, item, text: str):
    """The initiative ``text`` names with its kind, where ``item`` is an event whose name holds that initiative's name;
    else ``item``."""
    if not isinstance(item, Event):
        return item
    kinds = by_kind(lookup)  # kind ("campaign") -> its initiatives, built at load
    words = normalize(text).split()
    if kinds.keys().isdisjoint(words):
        return item
    padded, event_name = f" {' '.join(words)} ", f" {normalize(item.name)} "
    for kind in kinds.keys() & set(words):
        for initiative in kinds[kind]:
            name = normalize(initiative.name)
            if (item.kind != kind and f" {name} " in padded and f" {name} " in event_name
                    and _occasion_unasked(lookup, item, f"{name} {kind}", words)):  # an exercise of an exercise: an edition
                return initiative
    return item


def _occasion_unasked(lookup: Lookup, event: Event, name: str, words: list[str]) -> bool:
    """Whether ``event`` is an occasion of the initiative called ``name`` (its name says more than that name, its kind and
    a year) and ``words`` hold fewer than half of its own words, its people's
    names aside ("... stoltenberg meets young content creators protect the future campaign", a follow-up put back
    whole: the meeting asked)."""
    people = {word for person in (*event.speakers, *event.participants) if (found := lookup.knowledge.people.get(person))
              for word in normalize(found.name).split()}
    own = set(normalize(event.name).split()) - set(name.split()) - people - STOPWORDS
    own = {word for word in own if not word.isdigit()}
    return bool(own) and len(own.intersection(words)) * 2 < len(own)
