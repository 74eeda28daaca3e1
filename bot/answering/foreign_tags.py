"""A claim's confirmation tag put the way French (or French word order in English) puts it, read as ", right?".

A French speaker ends a claim to check with the tag of their own language, or with an English one in French
word order; either asks "is that right?" and nothing else:

    "stoltenberg was secretary general until 2024, n'est-ce pas?"  -> "..., right?"
    "the berlin conference was in 2020, c'est bien ça?"            -> "..., right?"
    "the pledge was agreed in warsaw, pas vrai?"                   -> "..., right?"
    "the vilnius summit was in july 2023, it is exact?"            -> "..., right?"
    "rutte spoke by video, I am right?" / "..., it is not?"        -> "..., right?"

Read as typed, first of all in ``topics.questions.answer_question`` (a French tag read word by word is "and est ce
not", "is it ca", and "c'est ça?" was a "Yes"): only a message ending with a question mark whose last words hold a
tag's word pays for the pattern. Pure; table-tested in
tests/test_french_tags.py.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: The tags, after the comma (or dash) that ends the claim: French ones, and English ones in French word order.
_TAG = lazy_pattern(r"\s*[,;:\u2013\u2014-]\s*(?:n['\u2019 ]?est[- ]?ce pas|c['\u2019 ]?est (?:bien )?(?:ça|ca|cela|correct|exact|juste|vrai)|pas vrai|vrai|oui"
                    r"|it is (?:correct|right|true|exact|so|not|not so|not true|not right)|is it (?:not|exact|not so|so)|(?:and )?i am (?:right|correct|not wrong))"
                    r"\s*(?:,?\s*(?:please|svp|merci))?\s*\?+\s*$", re.IGNORECASE)
#: Words one of which a tag above holds (its last ones), checked before the pattern runs.
_CUES = frozenset("pas ça ca cela correct exact juste vrai oui right true so not".split())


def plain_tag(text: str) -> str:
    """``text`` (as typed) with a French or French-ordered confirmation tag at its end read as ", right?"."""
    if not text.rstrip().endswith("?") or _CUES.isdisjoint(text[-24:].lower().replace("?", " ").split()):
        return text
    return _TAG.sub(", right?", text)
