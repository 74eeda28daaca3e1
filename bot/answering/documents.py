"""What the search index holds of each entry of the knowledge: its type and id, key and body texts, names.

    types, ids, keys, bodies, names = index_columns(knowledge)
    index = SearchIndex.from_columns(types, ids, keys, bodies, names)
    index_columns(knowledge_without_quotes, quotes_as_read)   # a loader's child: the quotes' columns, not objects

An entry's key holds its names and keywords (weighted double in search), its
body the rest, its names its whole names and aliases. Every text of every
entry is normalised in one batch (``normalize_all``): at a hundred thousand
quotes, one pass over all of them instead of a regular-expression replacement
each, at every load of a large file.
"""

from __future__ import annotations

from itertools import repeat

from ..knowledge.model import Knowledge
from ..knowledge.table import ABSENT, Table
from .search import normalize, normalize_all, tokens


def index_columns(knowledge: Knowledge, quotes: Table | None = None) -> tuple[list[str], list[str], list[str], list[str], list[tuple[str, ...]]]:
    """(types, ids, keys, bodies, names) of every entry, people first, then events, pledges, initiatives, quotes, sources.

    ``quotes``: the quotes' columns as the file was read, where ``knowledge`` was made without them (at 100,000
    quotes, a loader's child that made them again only for their ids, words and topics spent 0.3 s of its time).
    """
    types: list[str] = []
    ids: list[str] = []
    keys: list[str] = []
    bodies: list[str] = []
    names: list[tuple[str, ...]] = []

    def add(item_type: str, item_id: str, key: tuple, body: tuple, whole_names: tuple = (), *, normalised: tuple | None = None) -> None:
        types.append(item_type)
        ids.append(item_id)
        keys.append(_joined(key))
        bodies.append(_joined(body))
        names.append(normalised if normalised is not None else _names(whole_names))

    for person in knowledge.people.values():
        roles = [r.title for r in person.roles] + [a for r in person.roles for a in r.aliases]
        add("person", person.id, (person.name, *person.aliases, *roles), (person.summary,), (person.name, *person.aliases))
    for event in knowledge.events.values():
        years = {event.when.start.year, (event.when.end or event.when.start).year}
        key = (event.name, *event.aliases, event.city, event.country, event.series, *sorted(years))
        add("event", event.id, key, (event.kind, event.venue, *event.hosts, event.summary), (event.name, *event.aliases))
    for pledge in knowledge.pledges.values():
        key = (pledge.name, *pledge.aliases, pledge.date.year, OWNER)
        add("pledge", pledge.id, key, (pledge.by, pledge.summary, *pledge.commitments), normalised=_owned(pledge.name, *pledge.aliases))
    for initiative in knowledge.initiatives.values():
        key = (initiative.name, *initiative.aliases, OWNER)
        add("initiative", initiative.id, key, (initiative.kind, initiative.summary), normalised=_owned(initiative.name, *initiative.aliases))
    if quotes is None:  # the bulk: no call per quote
        quote_ids = [quote.id for quote in knowledge.quotes.values()]
        texts, topics = [quote.text for quote in knowledge.quotes.values()], [quote.topics for quote in knowledge.quotes.values()]
    else:
        quote_ids, texts = quotes.columns["id"], quotes.columns["text"]
        topics = [() if each is ABSENT else each for each in quotes.columns.get("topics", repeat(ABSENT, quotes.count))]
    types += repeat("quote", len(quote_ids))
    ids += quote_ids
    keys += map(_TEXT_AND_TOPICS, texts, map(" ".join, topics))  # normalised below: a space too many is none
    bodies += repeat("", len(quote_ids))
    names += repeat((), len(quote_ids))
    for source in knowledge.sources.values():
        add("source", source.id, (source.title, source.publisher), (source.author, source.notes))
    normalised = normalize_all(keys + bodies)
    return types, ids, normalised[: len(keys)], normalised[len(keys) :], names


_TEXT_AND_TOPICS = "{} {}".format  # a quote's key: its words, then its topics

#: Whose pledges and initiatives the knowledge holds: named or not, a question means the same one.
OWNER = "nato"


def _owned(name: str, *aliases: str) -> tuple[str, ...]:
    """Its names, and its name with the owner's: every pledge and initiative here is NATO's, so a question
    naming "the NATO Cyber Defence Pledge" names "Cyber Defence Pledge" exactly (not a NATO conference)."""
    plain = _names((name, *aliases))
    return plain if not plain or OWNER in plain[0].split() else (*plain, f"{OWNER} {plain[0]}")


def _joined(parts: tuple) -> str:
    return " ".join(str(part) for part in parts if part)


def _names(parts: tuple) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in (" ".join(tokens(normalize(p))) for p in parts if p) if n))
