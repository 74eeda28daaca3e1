"""The words naming where an answer goes in the asker's spreadsheet, dropped: they are no words of the question.

    "hosts column for the hague 2024 row"          -> "hosts for the hague 2024"
    "berlin 2023 opener, col D"                    -> "berlin 2023 opener"
    "need the venue cell for london 2024"          -> "need the venue for london 2024"
    "need a row for the 2020 pledge conference"    -> "the 2020 pledge conference"
    "date col for that speech?"                    -> "date for that speech?"
    "vilnius dates for the summits tab"            -> "vilnius dates"
    "runs 24/7? y/n"                               -> "runs 24/7?"

An ops coordinator filling a sheet names its parts: a column ("col F", "the role col", "column C"), a row ("the
hague 2024 row", "need a row for"), a tab or sheet ("for the SG tab"), a cell, and the answer's shape ("y/n"). The
knowledge names none of them but the cyber threat assessment *cell*, so "cell" is dropped only after a column's word
("the venue cell") or before a cell's address ("cell B4"); "column" only so too, or with a letter ("column C"), never an
op-ed's column ("his column in defence news"); "in a row" (one after another) is kept. Pure; a message holding none of
"col", "row", "tab", "sheet", "cell", "y/n" pays a few substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: What a column holds, before "column" or "cell": "the venue cell", "hosts column", "the role col".
_FIELDS = r"(?:dates?|years?|venues?|hosts?|co hosts?|co-hosts?|city|cities|country|countries|roles?|speakers?|openers?|quotes?|names?|events?|outlets?|places?|locations?|titles?|status|notes?|sources?|links?|urls?)"
_SHEET_WORDS = lazy_pattern(
    r"(?:,\s*|\s+)?\b(?:for|in|into|on|to) (?:the |my |our |this |that |a |an )?(?:[a-z0-9]+ )?(?:tab|sheet|spreadsheet)s?\b"  # "for the SG tab"
    r"|(?:,\s*|\s+)?\b(?:for |in |into |to )?(?:col|column)s? [a-h]\b(?![a-z'])"  # "col D", "for column C"
    r"|(?:,\s*|\s+)?\b(?:need |want |add |fill )?(?:a |an |the )?(?:new )?rows? (?:for|on|about)\b"  # "need a row for"
    r"|(?<=[a-z0-9])\s+rows?\b(?=\s*(?:[?!.,:;]|$))"  # "the hague 2024 row", "and the 2nd edition row?"
    r"|\s+cols?\b|\b(?P<field>" + _FIELDS + r")\s+(?:column|cell)s?\b|\s+cell [a-h]\d{1,3}\b"  # "date col", "the venue cell", "cell B4"
    r"|(?:,\s*|\s+)?\b(?:y/n|y or n)\b\??",  # never "yes/no": "yes/no and since when" asks both
    re.IGNORECASE,
)
_CUES = ("col", "row", "tab", "sheet", "cell", "/n", " or n")


def without_sheet_words(text: str) -> str:
    """``text`` without the words naming a spreadsheet's column, row, tab or cell, or a "y/n" shape; else as typed."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES) or " in a row" in lowered:
        return text
    plain = _SHEET_WORDS.sub(lambda match: match["field"] or "", text).strip(" ,")
    return plain if plain and len(plain.split()) >= 2 else text
