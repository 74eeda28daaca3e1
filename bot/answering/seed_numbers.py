"""Seed articles named by their number ("seed 001", "seed 2"), put as the article of the event each reports.

    "What trust level should I attach to the odobescu quotation in seed 001" -> "... quotation in the hague article"
    "seed 002 claims nato organised its first cyber defense conference in berlin" -> "the berlin article claims ..."
    "seed 004 says it was first published on 8 july"                           -> "the op ed says it was first ..."

A seed's number is the start of its file name (``seed: 001_81b5….txt``); a number no seed has is left as typed.
The names are built once per knowledge load; the pattern runs only when "seed" is typed.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .lookup import Lookup
from .per_load import PerLoad, per_load
from .search import normalize

_SEED = lazy_pattern(r"\b(?:the )?seed (?:article |file |text |source )?(?:no\.? |number |#)?0*(?P<n>\d{1,3})\b", re.IGNORECASE)
#: The kinds of event an article reports, the telling ones first (an op-ed is its own event; "the rome article" reports a conference, not a photo).
_KINDS = ("publication", "conference", "summit")
_NAMES = PerLoad("seed_numbers.names")


def with_seed_articles(lookup: Lookup, text: str) -> str:
    """``text`` (as typed or normalised) with each "seed <number>" put as the article's own name; else unchanged."""
    if "seed " not in text and "Seed " not in text:
        return text
    names = seed_articles(lookup)
    return _SEED.sub(lambda m: names.get(int(m["n"]), m[0]), text)


def seed_articles(lookup: Lookup) -> dict[int, str]:
    """``seed_names``, built once per knowledge load (at load: ``Engine.warm``)."""
    return per_load(_NAMES, lookup, seed_names)


def seed_names(lookup: Lookup) -> dict[int, str]:
    """Seed number -> "the <city> article" (or "the op ed" for an article that is itself the event)."""
    names = {}
    for source in lookup.knowledge.sources.values():
        number = (source.seed or "").partition("_")[0]
        if not number.isdigit():
            continue
        reported = [e for e in lookup.events_by_date if source.id in e.sources and e.kind in _KINDS]
        event = min(reported, key=lambda e: _KINDS.index(e.kind), default=None)
        if event is not None and event.kind == "publication":
            names[int(number)] = "the op ed"
        elif event is not None and event.city:
            names[int(number)] = f"the {normalize(event.city).removeprefix('the ')} article"
    return names
