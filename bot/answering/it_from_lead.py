"""A second pronoun after a lead clause: the gathering the lead names is what "it" stands for.

    it_as_gathering("did ollongren open it", ["article says ollongren gave the opening remarks at the hague"])
        -> "did ollongren open the hague"
    it_as_gathering("did rutte open it", ["the report says rutte opened the tirana conference"])
        -> "did rutte open the tirana conference"

The first pronoun ("she") is put back by ``question_text``; this puts back a last "it" the same lead
names, when the lead names a place or a kind of gathering after "at", "in" or a verb of taking part.
Pure; tried only for a question ending in "it".
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

#: A gathering a lead names: "at the hague", "opened the tirana conference", "in berlin 2023".
_GATHERING = lazy_pattern(r"\b(?:at|in|to|opened|addressed|attended|hosted|chaired|ran) (?P<g>(?:the )?(?:[a-z]+ ){0,3}?(?:conference|summit|conf|meeting)"
                          r"(?: (?:in )?(?:19|20)\d\d)?|(?:the )?[a-z]+(?: (?:19|20)\d\d)?)$")
_GATHERING_NOUNS = frozenset("conference summit conf meeting".split())


def it_as_gathering(question: str, leads: list[str]) -> str:
    """``question`` with a last "it" read as the gathering the nearest lead names, else as it is."""
    if not question.endswith(" it"):
        return question
    for lead in reversed(leads):
        if (found := _GATHERING.search(lead)) and any(w in PLACES or w in _GATHERING_NOUNS for w in found["g"].split()):
            return f"{question[:-3]} {found['g']}"
    return question
