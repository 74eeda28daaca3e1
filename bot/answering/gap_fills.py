"""A quote with a gap for a worksheet, asked to be filled: who said the words around the gap, whose line shows the word.

    "fill in the blank: stoltenberg said 'cyber is a constantly ______ space'. what's the missing word"
        -> 'who said "cyber is a constantly … space"'
    "what word is missing: 'there is nothing ____ in defending our nations'"
        -> 'who said "there is nothing … in defending our nations"'
    "missing word in 'we must not repeat this ... of relying on china'?"  -> 'who said "we must not repeat this … of relying on china"'

Every quiz maker asks this way: a line in quotation marks with underscores, dots or "[blank]" where a word
was, and "fill the gap", "which word goes there", "what's missing", "who said it". The reply of who said the
words is the line in full, with its speaker, occasion and trust label: the missing word and who said it.
A line typed without quotation marks counts when its gap is underscores ("which word completes this: cyber is a
constantly _____ space"), or dots before an ask for the word ("... conflict is... what was the word?"): the clause holding them is the line. Only a line holding a gap is read so; "what is missing from the rome article" is not touched. Pure, on the
text as typed, before anything else reads it.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .quoted import quoted_spans

#: A gap in a line: underscores, three or more dots, an ellipsis sign, "[blank]", "(blank)", "[...]".
_GAP = lazy_pattern(r"_{2,}|\.{3,}|…|[\[(](?:blank|gap|\.\.\.|…|\?+)[\])]")
_CUES = ("__", "...", "…", "blank", "gap", "[")
#: A gap typed without quotation marks is only underscores; the line is the clause holding it: "which word fits: cyber is a ____ space".
_UNDERSCORES = lazy_pattern(r"_{2,}")
_CLAUSE_END = lazy_pattern(r"[:?!;]\s+|\.\s+|\s+[-\u2013\u2014]+\s+")
#: A line typed without quotation marks, cut off by dots where the word asked for goes, then the ask: "stoltenberg said the
#: line between peace, crisis and conflict is... what was the word?" (the words before "said" name who, not the line).
_CUT_OFF = lazy_pattern(r"^(?P<line>[^.…?]+?)\s*(?:\.{2,}|…)\s*(?:so )?(?:what|which) (?:was|is|s|were)? ?(?:the |his |her )?(?:(?:missing |last |next |exact |actual )?word|rest|end|ending)\b")
_SAID_LEAD = lazy_pattern(r"^[^,;:]*?\b(?:said|says|wrote|claimed) (?:that )?")
#: A fact typed as a sheet's template with its blank first, where who did it goes: "___ was secretary general at rome 2022",
#: "___ hosted the 2024 pledge conference" (never a line someone said: a line's gap is a word inside it).
_BLANK_FIRST = lazy_pattern(r"^\s*_{2,}\s+(?P<rest>(?:was|were|is|hosted|co-hosted|cohosted|opened|organi[sz]ed|spoke|chaired|led|wrote|announced|signed)\b.+)$", re.IGNORECASE)
#: A fact with its blank last, after what was done and where or when: "the pledge was agreed at ___", "X was held in ___ (year)".
_BLANK_LAST = lazy_pattern(r"^\s*(?P<subject>.+?)\s+(?:was|were)\s+(?P<done>held|hosted|co-hosted|agreed|adopted|launched|endorsed|established|founded|announced|signed|made|issued|opened|organi[sz]ed|approved|set up)"
                           r"\s+(?P<prep>at|in|on|from|by|during)\s+_{2,}\s*(?:\((?P<hint>year|date|day|month|city|place|country|venue|who|name)\))?[\s.?!]*$", re.IGNORECASE)
_WHEN_HINTS = frozenset(("year", "date", "day", "month"))


def _fact_asked(clause: str) -> str | None:
    """The question a template with one blank asks ("___ opened the berlin conference" -> "who opened the berlin
    conference"), or None when the blank is a word of a line someone said."""
    if first := _BLANK_FIRST.match(clause):
        return f"who {first['rest'].strip()}"
    if (last := _BLANK_LAST.match(clause)) is None:
        return None
    subject, done = last["subject"].strip(" ,:"), last["done"].lower()
    if last["prep"].lower() == "by" or last["hint"] in ("who", "name"):
        return f"who {done} {subject}"
    asked = "when" if last["prep"].lower() == "on" or (last["hint"] or "").lower() in _WHEN_HINTS else "where"
    return f"{asked} was {subject} {done}{' from' if last['prep'].lower() == 'from' else ''}"


#: The fewest words a line must keep besides its gap to be looked up by them.
_LEAST_WORDS = 3


def as_gap_fill(text: str) -> str:
    """``text`` (as typed) put as who said the words around the gap of the one quoted line that has one; else unchanged."""
    if not any(cue in text for cue in _CUES):  # most questions: no gap, no pattern run
        return text
    gapped = [span for span in quoted_spans(text) if _GAP.search(span)] or [part for part in _CLAUSE_END.split(text) if _UNDERSCORES.search(part)]
    if not gapped and (cut := _CUT_OFF.match(text)):  # "in rome he said the line ... is... what was the word?"
        gapped = [f"{_SAID_LEAD.sub('', cut['line'])} …"]
    if len(gapped) != 1:
        return text
    if (fact := _fact_asked(gapped[0])) is not None and not quoted_spans(text):
        return fact  # "___ was secretary general at rome 2022": who was; "the pledge was agreed at ___": where
    parts = [" ".join(part.split()) for part in _GAP.split(gapped[0])]
    kept = " … ".join(part.strip(" ,;:") for part in parts if part.strip(" ,;:"))
    if len(kept.replace("…", " ").split()) < _LEAST_WORDS:
        return text
    return f'who said "{kept}"'
