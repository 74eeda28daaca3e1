"""A text in a language other than English, or the language a text was translated from: the knowledge records neither.

    "can you give me the romanian original of odobescu's quote?"   -> The knowledge records no Romanian wording of any line …
    "which language was the berlin article translated from?"       -> The knowledge does not record which language …
    "the dutch version of ollongren's speech?"                      -> The knowledge records no Dutch wording of any line …

The knowledge holds each line in English (and, for a re-translated line, the speaker's own English): a line shown
in answer to these would pass its English for the text asked for. Tried only when a language's name or "language" is there.
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ...reply import Reply
from .general import not_found

_LANGUAGES = frozenset("romanian dutch german french albanian italian estonian lithuanian latvian polish spanish portuguese norwegian "
                       "danish swedish finnish russian ukrainian greek turkish czech slovak hungarian bulgarian croatian slovenian "
                       "icelandic macedonian montenegrin".split())
_IN_LANGUAGE = lazy_pattern(r"\b(?P<language>[a-z]+) (?:original|version|wording|text|transcript|translation|words)\b"
                            r"|\b(?:original|version|wording|text|transcript) in (?P<language_after>[a-z]+)\b")
_WHICH_LANGUAGE = lazy_pattern(r"\b(?:which|what) language\b|\boriginal language\b|\btranslated from (?:which|what)\b|\bsource language\b")


def answer_source_language(lookup, question: str) -> Reply | None:
    """The honest miss for a text asked in another language than English, or the language of a translation; else None."""
    words = question.split()
    if "language" not in words and _LANGUAGES.isdisjoint(words):
        return None  # most questions
    if _WHICH_LANGUAGE.search(question) and ("translated" in words or "original" in words or "source" in words):
        return not_found("The knowledge does not record which language a text was translated from: it holds the English wording only",
                         suggestions=("sources", "quotes"))
    for asked in _IN_LANGUAGE.finditer(question):
        language = asked["language"] or asked["language_after"]
        if language in _LANGUAGES:
            return not_found(f"The knowledge records no {language.title()} wording of any line: it holds the English wording only "
                             "(and, for a re-translated line, the speaker's own English)", suggestions=("quotes",))
    return None
