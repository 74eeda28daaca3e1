"""Which quotes of a group carry a given trust label, or the speaker's own English: a filter, not a verdict.

    "which quotes are unverified"                        -> unverified
    "show me the verbatim quotes from the hague"         -> verified
    "which stoltenberg line is word for word"            -> verified
    "which hague quotes can i post safely"               -> verified (safe to post: word for word)
    "list the berlin quotes whose original english we know" -> original
    "are the hague quotes verified?"                     -> None (the group's trust is asked, not a part of it)
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

#: How a question asks whether a quote is real or in whose words ("verbatim or translated": either asks its trust), a
#: pattern's source; and the words one of which such a question holds.
_TRUST = (r"(?:real|true|genuine|authentic|accurate|legit|legitimate|verified|verbatim|reliable|trustworthy|correct|made up|fake|invented"
          r"|(?:machine )?(?:re)?translated|reworded|paraphrased|(?:a )?(?:machine )?(?:re)?translation|(?:a )?paraphrase)")
TRUST_ASKED = rf"(?:{_TRUST}(?: or (?:not|{_TRUST}))?)"
TRUST_WORDS = ("real true official genuine authentic accurate legit legitimate verified verbatim reliable trustworthy correct made fake invented "
               "translated retranslated reworded paraphrased translation paraphrase")
#: Words naming a label, by the label (``Quote.trust``; "original": the quote keeps the speaker's own English).
_LABEL_OF = {
    "verified": "verified", "verbatim": "verified", "word for word": "verified", "safe": "verified", "safely": "verified",
    "unverified": "unverified", "unconfirmed": "unverified",
    "translated": "translated", "retranslated": "translated",
}
#: The words that ask for part of a group rather than about all of it.
_LISTING = lazy_pattern(r"^(?:which|what|list|show|give|name|find|get|got|only|do you have|have you got)\b|\b(?:which|that) (?:are|were|is|was|have|has)\b|\b(?:whose|any)\b")
_ORIGINAL = lazy_pattern(r"\b(?:original|own|real|actual) (?:english|words|wording)\b|\boriginal (?:is|was) (?:known|kept|recorded)\b")
_LABELLED = lazy_pattern(r"\b(?:re )?(?:verified|verbatim|word for word|safe|safely|unverified|unconfirmed|translated|retranslated)\b")
_FILTER_CUES = frozenset((*_LABEL_OF, "original", "own", "english", "word"))
#: A part of a group is asked of several quotes, or as "which quote": "the original wording of the gas line" asks one.
_SEVERAL = lazy_pattern(r"\b(?:quotes|quotations|statements|lines|ones|remarks)\b|\bwhich (?:\S+ ){0,2}?(?:quote|quotation|line|one)\b")


def asked_label(text: str) -> str | None:
    """The label a normalised question filters a group of quotes by ("verified", "unverified", "translated",
    "original"), or None when it asks about the whole group or names no label."""
    words = word_set(text)
    if words.isdisjoint(_FILTER_CUES) or not _LISTING.search(text) or not _SEVERAL.search(text):
        return None
    if _ORIGINAL.search(text):
        return "original"
    labels = {_LABEL_OF[match[0].removeprefix("re ")] for match in _LABELLED.finditer(text)}
    return labels.pop() if len(labels) == 1 else None


def has_label(quote, label: str) -> bool:
    return bool(quote.original) if label == "original" else quote.trust == label
