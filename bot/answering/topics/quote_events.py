"""Which event a quote was from, asked as a list of events: "which conf was stoltenberg's line about starlink from?".

The question is about a quote, and the quote's answer names its event: it goes to
the quote routes with the list's words ("which conference was … from") left out,
instead of becoming a search of event names for the quote's words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup

_QUOTE_WORDS = frozenset("quote quotes quoted quotation line lines remark remarks comment comments said saying words statement".split())
_LEAD = lazy_pattern(r"^(?:(?:was|is|were|did|had|has|does|do|that|this|it)\s+)+")
_FROM = lazy_pattern(r"\b(?:(?:was|is|were|did) (?:it|that|this|they|those)? ?(?:from|come from|at|said at|made at|given at|said)|come from|from|said at|given at)\s*$")


def quote_asked(lookup: Lookup, rest: str, today: dt.date, answer_question: Callable[..., Reply]) -> Reply | None:
    """The quote's answer when the rest of "which conference … " names a quote, else None; ``answer_question``
    (the free-form questions' entry, passed in: it routes here) answers what is asked of the quote."""
    if _QUOTE_WORDS.isdisjoint(rest.split()):
        return None
    quote = _LEAD.sub("", _FROM.sub("", rest.strip())).strip()
    return answer_question(lookup, quote, today, whole=False) if quote else None
