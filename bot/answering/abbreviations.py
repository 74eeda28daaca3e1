"""Abbreviations typed with full stops, written without them, so that no step reads a stop as a sentence's end.

    "What did Wales 2014 decide on Art. 5? NAC decides, right?"  -> "What did Wales 2014 decide on Art 5? NAC decides, right?"
    "did the U.S. co-host one?"                                  -> "did the US co-host one?"

Initials run together ("U.S.", "e.g.") and the common short forms of titles and words ("Art.", "No.", "St.", "Dr.",
"Gen.", "Amb.", "vs.") lose their stops; a stop anywhere else stays.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_DOTTED = lazy_pattern(
    r"\b(?:[A-Za-z]\.){2,}(?=\s|$|[,;:?!)])"
    r"|\b(?:art|arts|no|nr|st|mr|mrs|ms|dr|prof|gen|col|lt|maj|capt|adm|amb|sen|min|dept|vs|approx|incl|esp)\.(?=\s+\S)",
    re.IGNORECASE,
)


def undotted(text: str) -> str:
    """``text`` with the full stops of its abbreviations dropped."""
    return _DOTTED.sub(lambda m: m[0].replace(".", ""), text) if "." in text else text
