"""The search index of a large knowledge, built in another process while this one builds the rest.

    load_and_build(path, build, beside=built_index)      # the loader works ``built_index`` out in a forked child
    engine = Engine(knowledge, index_later)              # the look-ups, the day indexes ... built here meanwhile
    engine.lookup.index                                  # awaits it (``index_later()``), then a plain attribute

At 100,000 quotes the index (two million postings) and its typo index take
about 1.4 s of CPU, and they hold only strings, numbers and arrays, which
pickle across as the knowledge cache stores them (``search_data.packed``:
read back in about 0.1 s); what refers to the knowledge's own objects is
built here meanwhile.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from ..knowledge.model import Knowledge
from ..knowledge.table import Table
from . import documents
from .search import SearchIndex


def built_index(knowledge: Knowledge, quotes: Table | None = None) -> SearchIndex:
    """The knowledge's search index with its typo index built; ``quotes`` as ``documents.index_columns``."""
    index = SearchIndex.from_columns(*documents.index_columns(knowledge, quotes))
    index.vocabulary.build()
    return index


class AwaitedIndex:
    """For ``Lookup``: its search index, built at once, or awaited from ``index_later`` on first use (within
    the load: ``Engine.warm`` ends with it), then a plain attribute (what the knowledge cache pickles)."""

    def hold_index(self, knowledge: Knowledge, index_later: Callable[[], SearchIndex] | None) -> None:
        if index_later is None:
            self.index = SearchIndex.from_columns(*documents.index_columns(knowledge))
        else:
            self._index_later = index_later

    @functools.cached_property
    def index(self) -> SearchIndex:
        index = self.__dict__.pop("_index_later")()
        knowledge: Knowledge = self.knowledge  # type: ignore[attr-defined]
        own = {item_id: item_id for name in knowledge.counts() for item_id in getattr(knowledge, name)}
        shared = list(map(own.get, index._ids))
        if None not in shared:  # the ids as the knowledge's own strings (a copy of each, pickled across, held 7 MB)
            index._ids = shared
        return index
