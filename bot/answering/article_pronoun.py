"""An "it" that is the article a lead clause describes, when what is asked is whether that article can be trusted.

    it_as_article("is it translation", ["the article about berlin has quotes with broken quotation marks"])
        -> "is the article about berlin translation"
    it_as_article("is it reliable", ["the berlin article has weird quote marks"])  -> "is the berlin article reliable"
    it_as_article("when was it held", ["the hague article has no date"])         -> unchanged: the event is asked

Without this, "it" is read as the lead's subject less its writing noun ("the berlin"), or as the defect it names.
Pure, on normalised clauses; a question without a word of trusting pays one pattern search.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: What is asked of a writing itself: whether it is trustworthy, accurate, a translation.
_TRUST_ASKED = lazy_pattern(r"\b(?:trust\w*|reliable|accurate|credible|legit|biased|translat\w*|garbled|fake)\b")
_IT = lazy_pattern(r"\bit\b")
_A_LINE = lazy_pattern(r"^(?:the|that|this|his|her|their) (?:[a-z]+ )?(?:line|lines|quote|quotes|quotation|words|sentence|passage|bit)\b")
#: A writing a lead clause names: "the berlin article", "the article about berlin", "this op ed".
_WRITING = lazy_pattern(r"\b(?:the|this|that) (?:[a-z]+ ){0,2}?(?:article|piece|op ed|oped|report|story)"
                        r"(?: (?:about|on|from) (?:the )?[a-z]+(?: (?:conference|summit|conf))?)?\b")


def it_as_article(question: str, leads: list[str]) -> str:
    """``question`` with its "it" read as the writing the nearest lead names, when trust or translation is asked."""
    if not _TRUST_ASKED.search(question) or not _IT.search(question) or any(_A_LINE.search(lead) for lead in leads):
        return question  # "the line on saceur, from the berlin article: is it reliable?": the line is asked
    for lead in reversed(leads):
        if (writing := _WRITING.search(lead)) is not None:
            return _IT.sub(writing[0], question, count=1)
    return question


#: A lead that says what a writing has: "the berlin article has weird quote marks" (not "says X": that claim is checked).
_WRITING_DOES = lazy_pattern(r"^(?P<writing>(?:the|this|that) (?:[a-z]+ ){0,2}?(?:article|piece|op-ed|op ed|oped|report|story)"
                             r"(?: (?:about|on|from) (?:the )?[a-z]+(?: (?:conference|summit|conf))?)?) (?:has|have|had|uses|used|contains|prints)\b",
                             re.IGNORECASE)


def writing_subject(lead: str) -> str:
    """The writing a lead clause says something of ("the berlin article has typos" -> "the berlin article"), else ``lead``."""
    return found["writing"] if (found := _WRITING_DOES.match(lead.strip())) else lead
