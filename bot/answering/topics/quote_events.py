"""Which event a quote was from, asked as a list of events: "which conf was stoltenberg's line about starlink from?".

The question is about a quote, and the quote's answer names its event: it goes to
the quote routes with the list's words ("which conference was … from") left out,
instead of becoming a search of event names for the quote's words.
"""

from __future__ import annotations

from ...patterns import lazy_pattern

_QUOTE_WORDS = frozenset("quote quotes quoted quotation line lines remark remarks comment comments said saying words statement".split())
_LEAD = lazy_pattern(r"^(?:(?:was|is|were|did|had|has|does|do|that|this|it)\s+)+")
_FROM = lazy_pattern(r"\b(?:(?:was|is|were|did) (?:it|that|this|they|those)? ?(?:from|come from|at|said at|made at|given at|said)|come from|from|said at|given at)\s*$")


def quote_asked(rest: str) -> str | None:
    """What is asked of the quote in the rest of "which conference … ", or None when it names no quote."""
    if _QUOTE_WORDS.isdisjoint(rest.split()):
        return None
    return _LEAD.sub("", _FROM.sub("", rest.strip())).strip() or None
