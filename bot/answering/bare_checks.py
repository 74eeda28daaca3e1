"""A bare check typed after a quote's answer: "legit?", "verbatim?", "source?", "orig english?".

    after a quote:  "legit?"            -> "is that quote legit"
                    "exact words?"      -> "is that quote exact words"  (its trust label, its source)
                    "orig english pls"  -> "original english of that quote"
                    "is that verbatim from her speech? can I quote it in a thesis" -> "is that quote verbatim"
                    "what's the exact English wording from NATO?"                  -> "original english of that quote"

Only a message made of checking words and small words, and only after a quote:
the same word alone names nothing and was matched against every entry's
words ("real?" answered with an unrelated conference). Pure.
"""

from __future__ import annotations

from ..reply import ItemRef
from .search import normalize

#: Words that check a quote: at least one must be there.
_CUES = frozenset("real legit legitimate genuine authentic verified verify verbatim accurate true fake exact source sources original orig "
                  "english translated translation retranslated confirmed official trustworthy reliable trust legit relied rely dependable transcript".split())
_AS_CHECKED = {"relied": "reliable", "rely": "reliable", "dependable": "reliable"}  # "can that quotation be relied upon": is it reliable
#: Words that may stand around them without naming anything of their own.
_SMALL = frozenset("is it that this the quote line words word for made up so and or ok okay then pls please really actually was "
                   "its what a any in check can i we trust quotation statement remark be upon on even tho though".split())
#: Where the words are checked against, or what they are for: "from her speech", "nato's wording", "in my thesis". Allowed
#: around a cue, never one themselves: "from her speech?" alone checks nothing.
_CONTEXT = frozenset("from her his their him s speech remarks address talk text wording phrasing nato said say there "
                     "thesis paper dissertation essay footnote citation cite my our as use using to for want need would like an".split())
_ORIGINAL = frozenset("original orig english translated translation retranslated transcript".split())
_SOURCE = frozenset(("source", "sources"))
_MAX_WORDS = 6  # "can that quotation be relied upon"
_MAX_WITH_CONTEXT = 14  # "is that verbatim from her speech? can i quote it in a thesis"


def bare_check(text: str, subject: ItemRef) -> str | None:
    """``text`` as a check of the quote ``subject`` ("is that quote legit"), or None when it is not a bare check."""
    if subject.type != "quote":
        return None
    words = normalize(text).split()
    if _CUES.isdisjoint(words) or not _only_checking(words):
        return None
    if _SOURCE.issuperset(w for w in words if w in _CUES):
        return None  # "source?", "source for that quote?": its sources listed (``follow_ups.sources_asked``), not its check
    if not _ORIGINAL.isdisjoint(words):
        return "original english of that quote"
    return "is that quote " + " ".join(dict.fromkeys(_AS_CHECKED.get(w, w) for w in words if w in _CUES))


def _only_checking(words: list[str]) -> bool:
    """Whether ``words`` are all checking and small words (a few), or those and words of where they are checked (more)."""
    if 0 < len(words) <= _MAX_WORDS and (_CUES | _SMALL).issuperset(words):
        return True
    return 0 < len(words) <= _MAX_WITH_CONTEXT and (_CUES | _SMALL | _CONTEXT).issuperset(words)
