"""A subject typed in front of its question with no comma between: the comma put back.

Learners and quick typists name what they ask about first and go straight on to the question.
With the comma, the clause steps read the lead as the question's subject (``question_text.question_clause``):

    "vilnius summit 2023 what did allies agree about cyber" -> "vilnius summit 2023, what did allies agree about cyber"
    "mcfadden nato conference london what did he do there"  -> "mcfadden nato conference london, what did he do there"
    "the summit where allies agreed the pledge"             -> as typed (no question follows "where")
    "what did stoltenberg say in rome"                      -> as typed (nothing before the question word)
    "at the albania conference did rutte mention spending"  -> "at the albania conference, did rutte mention spending"

Only a lead that names a year, a place or a gathering, before a question word and its auxiliary, is cut off. A whole
sentence about another place before the question is dropped first (``contrast_leads``); "the ones before" a gathering the
sentence before names is asked of that gathering (``ones_around``); someone's speech, then "give me a quote", is what
they said there (``speech_then_quote``); "the other line, where he ..." is his quote (``other_line``).
Pure; cheap gate: a text with a comma-like break or no mid-text question word is returned at once.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .contrast_leads import asked_of_the_other
from .ones_around import ones_around
from .other_line import other_line
from .speech_then_quote import speech_then_quote
from .places import PLACES

_RUN_ON = lazy_pattern(r"^(?P<lead>[^,.;:?!\-\u2013\u2014'\"]{3,80}?)\s+(?=(?:what|who|when|where|which|how)\s+(?:did|does|do|was|were|is|are|has|had)\b)",
                       re.IGNORECASE)
#: A place or gathering set first, then a yes/no question: "at the albania conference did rutte say anything about x".
_SETTING_RUN_ON = lazy_pattern(r"^(?P<lead>(?:at|in|during) (?!(?:my|our) )[^,.;:?!\-\u2013\u2014'\"]{3,60}?)\s+(?=(?:did|does|was|were|is|are|has|had)\s+\S)", re.IGNORECASE)
_ASKS_ALREADY = lazy_pattern(r"^(?:what|who|whom|whose|when|where|which|how|did|does|do|is|was|were|are|has|had|can|could|tell|give|list|show)\b", re.IGNORECASE)
_GATHERINGS = frozenset("conference conf summit pledge meeting event exercise speech article op ed".split())
_QUESTION_WORDS = frozenset("what who whom whose when where which how why".split())
_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")


def with_lead_break(text: str) -> str:
    """``text`` with a comma after a run-on lead that names the question's subject."""
    text = other_line(speech_then_quote(ones_around(asked_of_the_other(text))))
    if not (match := _RUN_ON.match(text) or _SETTING_RUN_ON.match(text)) or _ASKS_ALREADY.match(lead := match["lead"]):
        return text
    words = set(lead.lower().split())
    if not words.isdisjoint(_QUESTION_WORDS):
        return text  # "italy plus who and what was nato's role": the lead asks already
    if not (_YEAR.search(lead) or words & _GATHERINGS or not words.isdisjoint(PLACES)):
        return text
    return f"{lead}, {text[match.end():]}"
