"""A yes/no question typed in statement order after its subject: "X, it is the same series?" asked as "is it ...".

Learners often keep a statement's word order and let the question mark ask. After a clause naming the
subject, the pronoun and its verb are put the way English asks, so the pronoun stands for that subject:

    "london 2019 and london 2024, it is the same conference series?" -> "london 2019 and london 2024, is it the same conference series?"
    "the 2018 conference, it was in paris?"                         -> "the 2018 conference, was it in paris?"
    "rutte, he is the secretary general now?"                       -> "rutte, is he the secretary general now?"
    "it was in paris."                                             -> as typed (no question mark, nothing before it)
    "the pledge - that was agreed at wales right?"                 -> as typed (a claim with its tag: the claim steps check it)
    "the vcisc - that was a washington 2024 decision?"             -> as typed ("that" points at the thing claimed of: a claim)

Pure; ``question_text.question_clause`` asks it of each clause after the first.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_STATED = lazy_pattern(r"^(?P<pronoun>it|he|she|they) (?P<verb>is|was|are|were) (?P<rest>(?![^?]*\b(?:right|correct|true|yes|no|innit|eh|ok|okay|yeah)\W*$)[^?]+\?\s*)$", re.IGNORECASE)


def as_asked(clause: str) -> str:
    """``clause`` (as typed) asked in question order when it states with a question mark: "it is X?" -> "is it X?"."""
    if not (stated := _STATED.match(clause.strip())):
        return clause
    return f"{stated['verb']} {stated['pronoun']} {stated['rest']}"
