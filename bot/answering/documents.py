"""What the search index holds of each entry: its key (names, aliases, places, years: weighted double), its body and its names.

One ``Doc`` per person, event, pledge, initiative, quote and source, all text normalised.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..knowledge.model import Knowledge
from ..reply import ItemRef
from .search import Doc, normalize, tokens

#: Whose pledges and initiatives the knowledge holds: named or not, a question means the same one.
OWNER = "nato"


def documents(knowledge: Knowledge) -> Iterable[Doc]:
    def text(*parts) -> str:
        return normalize(" ".join(str(p) for p in parts if p))

    def names(*parts) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (" ".join(tokens(normalize(p))) for p in parts if p) if n))

    def owned(name: str, *aliases: str) -> tuple[str, ...]:
        """Its names, and its name with the owner's: every pledge and initiative here is NATO's, so a question
        naming "the NATO Cyber Defence Pledge" names "Cyber Defence Pledge" exactly (not a NATO conference)."""
        plain = names(name, *aliases)
        return plain if not plain or OWNER in plain[0].split() else (*plain, f"{OWNER} {plain[0]}")

    for person in knowledge.people.values():
        roles = [r.title for r in person.roles] + [a for r in person.roles for a in r.aliases]
        key = text(person.name, *person.aliases, *roles)
        yield Doc(ItemRef("person", person.id), key, text(person.summary), names(person.name, *person.aliases))
    for event in knowledge.events.values():
        years = {event.when.start.year, (event.when.end or event.when.start).year}
        key = text(event.name, *event.aliases, event.city, event.country, event.series, *sorted(years))
        body = text(event.kind, event.venue, *event.hosts, event.summary)
        yield Doc(ItemRef("event", event.id), key, body, names(event.name, *event.aliases))
    for pledge in knowledge.pledges.values():
        key = text(pledge.name, *pledge.aliases, pledge.date.year, OWNER)
        body = text(pledge.by, pledge.summary, *pledge.commitments)
        yield Doc(ItemRef("pledge", pledge.id), key, body, owned(pledge.name, *pledge.aliases))
    for initiative in knowledge.initiatives.values():
        key = text(initiative.name, *initiative.aliases, OWNER)
        body = text(initiative.kind, initiative.summary)
        yield Doc(ItemRef("initiative", initiative.id), key, body, owned(initiative.name, *initiative.aliases))
    for quote in knowledge.quotes.values():
        yield Doc(ItemRef("quote", quote.id), text(quote.text, *quote.topics))
    for source in knowledge.sources.values():
        yield Doc(ItemRef("source", source.id), text(source.title, source.publisher), text(source.author, source.notes))
