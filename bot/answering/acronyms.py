"""The words the knowledge writes in capitals ("SHAPE", "NICC", "CCDCOE"), by their lower-case form, once per load.

A message typed all in capitals is read in lower case (``typed_form``); these words keep their capitals there, since
capitals are what tell "what is SHAPE" (an acronym the knowledge only mentions) from a question about shapes. Read from
the names, aliases, summaries and notes of the entries that are no quotes: a handful of texts even at 100,000 quotes.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .per_load import PerLoad, per_load
from .search import STOPWORDS

_CAPITALS = lazy_pattern(r"\b[A-Z]{2,}\b")
_ACRONYMS = PerLoad("acronyms.acronyms")


def acronyms(lookup) -> frozenset[str]:
    """The lower-case forms of the words the knowledge writes in capitals (built once per load: ``Engine.warm``)."""
    return per_load(_ACRONYMS, lookup, _build)


def _build(lookup) -> frozenset[str]:
    knowledge = lookup.knowledge
    texts = (text for kind in ("events", "pledges", "initiatives", "people") for entry in getattr(knowledge, kind).values()
             for text in (getattr(entry, "name", ""), *getattr(entry, "aliases", ()), getattr(entry, "summary", None) or "",
                          getattr(entry, "notes", None) or ""))
    return frozenset(low for text in texts for word in _CAPITALS.findall(text) if (low := word.lower()) not in STOPWORDS)  # not "US": "TELL US"
