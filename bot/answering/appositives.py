"""A name or title set off by commas inside a question, joined to it: "What did the Dutch MoD, Ms Ollongren, say?".

    "What did the Dutch MoD, Ms Ollongren, say at The Hague?" -> "What did the Dutch MoD Ms Ollongren say at The Hague?"
    "When did Rutte, the new SG, speak in Tirana?"            -> "When did Rutte the new SG speak in Tirana?"
    "What did Rutte say, and where?"                          -> unchanged (no clause set off between the two)

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


def joined_appositive(text: str) -> str:
    """``text`` with a phrase set off by commas after the question's subject joined to it, else ``text`` itself."""
    if text.count(",") < 2:
        return text
    return _SET_OFF.sub(lambda m: f"{m['head']} {m['set_off']} ", text, count=1)
