"""Whom to cite on a topic, asked as people ask it: who spoke about it.

    "who's the best person to cite on starlink helping ukraine" -> "who talked about starlink helping ukraine"
    "who should i quote on china"                               -> "who talked about china"
    "any good voice to quote about investment"                  -> "who talked about investment"

Pure, one of ``question_text.normalise_question``'s steps; a question without "cite" or "quote" costs a set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CUES = frozenset("cite quote quoting citing reference source".split())
_CITE = lazy_pattern(
    r"^(?:who is|who would be|who d be|who s|which person is|any|anyone|is there an?|is there any) (?:the |a |an |one )?(?:best|right|ideal|good|go to|obvious|top)"
    r" (?:person|speaker|voice|one|source|expert|name|official|people|voices)(?: (?:i|we) (?:should|could|can|might))?(?: to)? (?:cite|quote|reference|use)?"
    r" ?(?:on|about|for|regarding|re) (?P<topic>\S.*)$"
    r"|^(?:who|whom) (?:should|could|can|would|do) (?:i|we|you) (?:quote|cite|reference) (?:on|about|for|regarding|re) (?P<topic2>\S.*)$")


def cite_asked(text: str) -> str:
    """Normalised ``text`` put as "who talked about <topic>" when it asks whom to cite on a topic; else unchanged."""
    if _CUES.isdisjoint(word_set(text)) or (match := _CITE.match(text)) is None:
        return text
    return f"who talked about {match['topic'] or match['topic2']}"
