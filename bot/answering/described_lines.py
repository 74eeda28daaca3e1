"""A line named by its own words without quotation marks, then put to someone (or somewhere) to check:

    "the Microsoft, Amazon and Starlink quote - that was Rutte, wasn't it?"
        -> Quoted(spans=("microsoft amazon and starlink",), context="that was rutte right", asks="check")
    "the no one stands alone line, was that stoltenberg?"  -> the words "no one stands alone", checked as his
    "isn't the nothing immoral quote Rutte's?"             -> the words "nothing immoral", checked as Rutte's
    "the one for all and all for one remark was made in Rome, right?"  -> checked as said in Rome

Read as the same words in quotation marks are (``quoted.quoted_question``), so the speaker and the place named are
checked and a line is never given to someone who did not say it. Only words some quote holds word for word count
(two or more of them); a line described ("the china quote", "the rome line") or asked after with a question word
("who said the X line") is left to the other routes. Pure but for the quote index's postings.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .lookup import Lookup
from .places import Place, places_in
from .quote_pool import quotes_holding_phrase
from .quoted import Quoted, as_positive_check
from .search import normalize

_NOUNS = frozenset("quote line remark soundbite phrase comment".split())
_ASKING = frozenset("who whom whose what when where which how why".split())  # "who said the X line": asked, not put to anyone
#: "the <words> quote <the check>", "is not the <words> line <whose>": the words, then what is put to them.
_DESCRIBED = lazy_pattern(r"^(?:(?P<aux>is|was)(?: ?n t| not)? )?(?:the|that|this) (?P<words>(?:\S+ ){1,9}?\S+) (?:quote|line|remark|soundbite|phrase|comment)"
                          r"(?P<ask>(?: \S+){1,8})$")
#: What is put to the words: a speaker or a place, as a claim ("that was rutte", "was rutte s", "was said in rome") or a
#: question ("was that stoltenberg", "rutte said that didn t he").
_PUT = lazy_pattern(r"^(?:(?:that|it|this) (?:was|is)\b|(?:was|is)(?: ?n t| not)? (?:that|it|this)\b|(?:was|is) (?:\S+ ){0,2}?\S+ s\b|(?:was|is) (?:said|made|from|by)\b"
                    r"|(?:\S+ ){0,2}?(?:said|says) (?:that|it|this)\b|(?:\S+ ){1,2}s$)")


def described_line(lookup: Lookup, text: str) -> Quoted | None:
    """The words a line is named by and what is put to them, as ``Quoted`` asking a check; None for anything else."""
    words = normalize(text)
    if _NOUNS.isdisjoint(words.split()) or not _ASKING.isdisjoint(words.split()) or not (match := _DESCRIBED.match(words)):
        return None
    line, ask = match["words"], match["ask"].strip()
    ask = f"{match['aux']} {ask}" if match["aux"] else ask  # "isn't the X line rutte s": "is rutte s"
    if not _PUT.match(ask) or not quotes_holding_phrase(lookup, line, rare_only=True):
        return None
    context = as_positive_check(ask)
    return Quoted((line,), context if context.endswith(" right") else f"{context} right", "check")


#: A city put to the words with no "in": "that was rome right", "it was the hague 2024 right".
_CITY_PUT = lazy_pattern(r"\b(?:that|it|this) (?:was|is) (?P<place>(?:the )?[a-z]+(?: [a-z]+)?)(?: (?:19|20)\d\d)?(?: right)?$")


def city_put_to(context: str) -> tuple[Place, ...]:
    """The city a check's context puts the words to with no "in" ("that was rome right"), or ()."""
    put = _CITY_PUT.search(context) if " was " in context or " is " in context else None
    return tuple(place for _, place in places_in(put["place"]) if place.is_city) if put else ()
