"""A "when" in the middle of a claim that dates it, not asks: read as "as".

    "mcfadden was uk defence secretary when he spoke in london in 2024"
        -> "mcfadden was uk defence secretary as he spoke in london in 2024"
    "geoana was secretary general when he addressed the hague conference"
        -> "geoana was secretary general as he addressed the hague conference"
    "when did he speak in london"           -> unchanged (the question asks when)
    "who was sg when rutte spoke in tirana" -> unchanged (no "he" or "she": the clause names its own speaker)

Only a "when" after the claim's first words and followed by "he", "she" or "they" and a verb of
taking part is read so; the question word "when" stays as typed. Not "at the time": "time" is a word of a
title the knowledge holds ("Time to raise our game"). Pure, on normalised text.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_TIME_CLAUSE = lazy_pattern(r"(?<=\S) when (?=(?:he|she|they) (?:spoke|was speaking|were speaking|addressed|opened|attended|appeared|gave|visited|went|was at|were at"
                            r"|took part|delivered|sent)\b)")
_CLAIMED = lazy_pattern(r"^(?!when\b|who\b|what\b|which\b|where\b|how\b|why\b)\S+(?: \S+){0,3} (?:was|is|were|as)\b")


def at_the_time(text: str) -> str:
    """``text`` with a dating "when <he> <spoke>" inside a claim read as "as <he> <spoke>"."""
    if " when " not in text or not _CLAIMED.match(text):
        return text
    return _TIME_CLAUSE.sub(" as ", text, count=1)
