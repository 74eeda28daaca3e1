"""The span of a gathering said in passing, dropped: "what were they going to talk about over the two days in Tirana"
-> "what were they going to talk about in Tirana".

"over the two days", "during those three days", "across both days" only say the gathering lasted; left in, "two days"
reads as a span of time asked about, or as words looked for in names. Which day someone spoke ("on day two",
"on both days") is asked elsewhere and kept. Pure; text without " days" pays one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_SPAN = lazy_pattern(r"\s*\b(?:over|during|across|throughout|through) (?:the|those|these|its|both|all)(?: (?:two|2|three|3|couple of|few|several))? days\b(?: of (?:it|the (?:conference|summit|meeting|event))\b|(?P<of> of(?= the\b)))?",
                     flags=re.IGNORECASE)


def without_days_span(typed: str) -> str:
    """``typed`` without "over the two days" said of a gathering's length."""
    if " days" not in typed.lower():
        return typed
    return _SPAN.sub(lambda span: " at" if span["of"] else "", typed)  # "during the two days of the hague conference": at it
