"""The topics of a gathering asked as a noun: "what were the core topics of the two-day discussions in tirana", asked as its themes.

    "what were core topics of two day discussions in tirana"   -> "what were the main themes of tirana"
    "what were the main subjects of the rome conference"       -> "what were the main themes of the rome conference"
    "what were the main themes of the rome conference"         -> unchanged (the theme route answers it)
    "what topics did rutte talk about"                         -> unchanged (what someone said: the quote routes)

Asked so, "topics" reads as an entry's name ("I have no entry for ..."); asked as its themes, the theme route
answers with what the gathering covered (its own text), or says no theme is recorded. Pure; a question without a topic noun costs a set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_TOPIC_NOUNS = frozenset("topics topic subjects subject".split())  # "theme", "focus", "issues": the theme route answers them
_TOPICS_OF = lazy_pattern(r"^what (?:were|was|are|is) (?:the )?(?:(?:core|main|key|principal|central|major|chief) )?(?:topics?|subjects?)"
                          r" (?:of|at|in|during|for) (?:the )?(?:(?:two|three|one|2|3) day )?(?:(?:discussions?|talks|debates?|sessions?|panels?) (?:of |at |in |during )?)?"
                          r"(?P<where>(?!(?:his|her|their)\b)\S.*)$")


def topics_asked(text: str) -> str:
    """``text`` (normalised) as "what were the main themes of <gathering>" when it asks a gathering's topics; else unchanged."""
    if _TOPIC_NOUNS.isdisjoint(word_set(text)) or not (asked := _TOPICS_OF.match(text)):
        return text
    return f"what were the main themes of {asked['where']}"
