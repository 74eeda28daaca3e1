"""A name or title set off by commas inside a question, joined to it: "What did the Dutch MoD, Ms Ollongren, say?".

    "What did the Dutch MoD, Ms Ollongren, say at The Hague?" -> "What did the Dutch MoD Ms Ollongren say at The Hague?"
    "When did Rutte, the new SG, speak in Tirana?"            -> "When did Rutte the new SG speak in Tirana?"
    "What did Rutte say, and where?"                          -> unchanged (no clause set off between the two)

A year restated after an event named by its neighbour is put before the kind of event, as one name:

    "and the conference before Tirana, the 2024 one, who organised it?" -> "and the 2024 conference before Tirana, who organised it?"
    "the summit after Wales, the one in 2016 - when?"                    -> "the 2016 summit after Wales - when?"

Without this, the clause split (``question_text.question_clause``) keeps "what did the dutch mod" as the question
and drops the verb that asks. Pure; a question without two commas pays one substring count.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: "<wh> <aux> <a few words>, <words set off>, <a lowercase word that goes on asking>"
_SET_OFF = lazy_pattern(
    r"^(?P<head>\s*(?:what|when|where|how|why|who|whom|which)\s+(?:did|does|do|has|have|had|will|would|was|is)\s+(?:[^\s,?.!;:]+\s+){0,3}[^\s,?.!;:]+),"
    r"\s+(?P<set_off>(?!(?:and|or|but|so|what|when|where|who|which|how|why)\b)[^,?.!;:]{2,40}?),"
    r"\s+(?=(?!(?:and|or|but|so|then|what|when|where|who|which|how|why|pls|please|thanks)\b)[a-z])", re.IGNORECASE)

#: "the conference before tirana": an event named by the one next to it.
_NEIGHBOUR = (r"\b(?P<the>the|that) (?P<kind>(?:[\w-]+ ){0,3}?(?:conference|conf|summit|meeting|event|exercise|edition|one))"
              r" (?P<around>(?:right |just )?(?:before|after|preceding|following) (?:the )?[^\s,?.!;:()]+(?: [^\s,?.!;:()]+){0,3}?)")
#: ", the 2024 one", ", the one in 2024", " (2024)": its year restated, set off after it.
_YEAR_AFTER = (r"(?:\s*,\s*|\s+[-–—]\s+|\s+\(\s*)(?:i mean |that is |i e |ie )?(?:(?:the|that) (?:one (?:in|of|from) (?P<year1>(?:19|20)\d\d)"
               r"|(?P<year2>(?:19|20)\d\d) one)|(?P<year3>(?:19|20)\d\d)\s*\))(?=\s*(?:[,?!.:;]|[-–—]|$))")
_YEAR_RESTATED = lazy_pattern(_NEIGHBOUR + _YEAR_AFTER, re.IGNORECASE)
_SIDES = ("before", "after", "preceding", "following", "Before", "After")


def _year_put_first(text: str) -> str:
    """``text`` with "the X before Y, the 2024 one" read as "the 2024 X before Y"; else ``text``."""
    if any(side in text for side in _SIDES):
        return _YEAR_RESTATED.sub(lambda m: f"{m['the']} {m['year1'] or m['year2'] or m['year3']} {m['kind']} {m['around']}", text, count=1)
    return text


def joined_appositive(text: str) -> str:
    """``text`` with a phrase set off by commas after the question's subject joined to it, and a year restated after an
    event named by its neighbour put before it; else ``text`` itself."""
    text = _year_put_first(text)
    if text.count(",") < 2:
        return text
    return _SET_OFF.sub(lambda m: f"{m['head']} {m['set_off']} ", text, count=1)
