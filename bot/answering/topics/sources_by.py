"""Sources asked for by who published them: "sources from nato", "which sources are by reuters".

    "sources from nato"              -> the sources NATO published, one line each
    "which sources are from reuters" -> those of Reuters
    "sources by the bbc"             -> "No source in the knowledge was published by the bbc."

Only the publisher is read: an entry the words name is the sources command's other meaning ("sources rome conference").
"""

from __future__ import annotations

from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, join_words, shorten
from ..search import normalize, tokens
from .general import not_found

#: "from nato", "by reuters", "published by the nato pa": the publisher asked for.
_BY = ("from ", "by ", "published by ", "of ")


def sources_asked(lookup: Lookup, match, today) -> Reply:
    """The route for "which sources are from nato": the publisher's sources, or the honest miss."""
    return sources_by(lookup, match["rest"], explicit=True)


def sources_by(lookup: Lookup, args: str, *, explicit: bool = False) -> Reply | None:
    """The sources ``args`` names by their publisher ("from nato"), or None when it names none (``explicit``: the asker
    said "from" or "by", so a publisher the knowledge lacks is an honest miss)."""
    asked = normalize(args)
    said_by = asked.startswith(_BY[:3])  # "of" may name an entry: "sources of the kinetic attacks quote"
    for lead in _BY:
        asked = asked.removeprefix(lead)
    words = set(tokens(asked)) - {"the"}
    if not words:
        return None
    found = [s for s in lookup.knowledge.sources.values() if s.publisher and words <= set(normalize(s.publisher).split())]
    if not found:
        return not_found(f"No source in the knowledge was published by {shorten(asked, 40)}.", suggestions=("sources",)) \
            if said_by or explicit and not normalize(args).startswith("of ") else None
    found.sort(key=lambda s: str(s.published or ""), reverse=True)
    blocks = tuple(Block("", style="item", heading=shorten(f"{s.title} ({s.published or 'undated'})", 110)) for s in found[:20])
    named = sorted({s.publisher for s in found})
    exact = next((p for p in named if normalize(p) == asked), None)  # "from nato": NATO itself, and texts it published elsewhere
    publishers = exact or (join_words(named) if len(named) <= 2 else f"publishers named “{shorten(asked, 30)}”")
    return Reply("list", f"{len(found)} source{'s' if len(found) != 1 else ''} published by {publishers}", blocks=blocks,
                 items=item_refs(found[:20]), suggestions=("sources",))
