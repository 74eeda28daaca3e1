"""Autocomplete for chat platforms: speakers, people, events, topics and pledges by a typed prefix.

Discord shows at most 25 choices, each label at most 100 characters; values
are ids (or a topic's words). The chosen value is checked again simply by
answering it like any typed text, since a user may type instead of picking:
every command accepts ids as well as names.
"""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz, process

from .lookup import Lookup
from .phrasing import event_label, role_on, shorten
from .search import normalize

MAX_CHOICES = 25
MAX_LABEL = 100


class Choice(NamedTuple):
    label: str
    value: str


def complete(lookup: Lookup, kind: str, prefix: str, limit: int = MAX_CHOICES) -> list[Choice]:
    limit = min(limit, MAX_CHOICES)
    if kind == "topic":
        return _topics(lookup, prefix, limit)
    item_type = {"speaker": "person", "person": "person", "event": "event", "pledge": "pledge"}.get(kind)
    if item_type is None:
        return []
    wanted = (lambda item: bool(lookup.quotes_of(item))) if kind == "speaker" else (lambda item: True)
    if not normalize(prefix):
        items = [i for i in lookup.knowledge.collection(item_type).values() if wanted(i)]
        if item_type == "event":
            items.sort(key=lambda e: e.when.start.first_day(), reverse=True)
        return [_choice(item_type, i) for i in items[:limit]]
    hits = lookup.index.search(prefix, types=(item_type,), limit=limit * 2, prefix=True)
    items = [lookup.item(h.ref) for h in hits if h.coverage >= 0.3]
    return [_choice(item_type, i) for i in items if wanted(i)][:limit]


def _topics(lookup: Lookup, prefix: str, limit: int) -> list[Choice]:
    topics = sorted(lookup.topics, key=lambda t: (-len(lookup.topics[t]), t))
    query = normalize(prefix)
    if query:
        starts = [t for t in topics if t.startswith(query)]
        fuzzy = [t for t, score, _ in process.extract(query, topics, scorer=fuzz.WRatio, processor=None, limit=limit) if score >= 60]
        topics = list(dict.fromkeys(starts + fuzzy))
    return [Choice(shorten(f"{t} ({len(lookup.topics[t])} quotes)", MAX_LABEL), t) for t in topics[:limit]]


def _choice(item_type: str, item) -> Choice:
    if item_type == "event":
        label = event_label(item)
    elif item_type == "person":
        title = role_on(item, None)
        label = f"{item.name} — {title}" if title else item.name
    else:
        label = f"{item.name} ({item.date})"
    return Choice(shorten(label, MAX_LABEL), item.id)
