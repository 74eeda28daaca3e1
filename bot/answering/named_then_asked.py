"""A person named in a first short question and taken up by "he"/"she" in the second: the second asked of that person.

    "who's Mircea Geoana - was he the SG at the Hague conference?" -> "was Mircea Geoana the SG at the Hague conference?"
    "who is Ollongren? did she speak in Rome?"                    -> "did Ollongren speak in Rome?"
    "who is Rutte and when did he become SG?"                     -> unchanged (no yes/no question after the name)

Answered alone, the second question's pronoun names no one, and its role and event pick whoever held that role
there: a different person presented as the answer. The check it asks answers the first too (the claim's reply is
the person's card). Pure; a question without "he"/"she" pays one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_NAMED_THEN = lazy_pattern(
    r"^\s*(?:who\s*['’]?s|who\s+is|who\s+was|and\s+who\s+is)\s+(?P<name>[a-z][^,?.!;:\-–—]{1,40}?)\s*(?:\s[-–—]+|[,?:;]|\.(?=\s))\s*"
    r"(?P<aux>was|is|did|does|has|had)\s+(?:he|she)\b(?P<rest>.+)$", re.IGNORECASE)


def named_first(text: str) -> str:
    """``text`` with "who is X - was he ..." asked as "was X ...", else ``text`` itself."""
    if " he " not in text and " she " not in text and " He " not in text and " She " not in text:
        return text
    match = _NAMED_THEN.match(text)
    if match is None or len(match["name"].split()) > 4:
        return text
    return f"{match['aux']} {match['name'].strip()}{match['rest']}"
